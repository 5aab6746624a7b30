package org.jointline.screening.internal.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Company legal forms and their families, in the languages of the programme's partners and of the lists:
 * a limited-liability company is an LLC, OOO, TOV, SRL, GmbH, BV, Sp. z o.o. or Ltd; a joint-stock company a JSC,
 * OAO, PAO, AT, AG, SA, SpA or NV. A legal form tells little about who a company is, so it weighs little.
 */
final class LegalForms {

    static final String LIMITED = "limited-liability";
    static final String JOINT_STOCK = "joint-stock";
    static final String PARTNERSHIP = "partnership";

    private static final Map<String, String> FAMILY = new HashMap<>();
    /** Spelled-out forms, folded to ASCII and lower case, matched as whole token runs. */
    private static final Map<List<String>, String> PHRASES = new HashMap<>();
    /** Words that say "an organisation" without saying which. */
    private static final Set<String> GENERIC = Set.of("co", "corp", "inc", "group", "holding", "holdings", "intl",
            "trading", "services", "industries", "industry", "industrial", "systems", "enterprise", "enterprises",
            "solutions", "technologies", "technology", "global", "partners", "firm", "organisation", "kompaniya",
            "kompaniia", "firma", "tovarystvo");
    /** Spellings of the same generic word. */
    private static final Map<String, String> SAME = Map.of("company", "co", "corporation", "corp", "incorporated", "inc",
            "international", "intl", "organization", "organisation", "limited", "ltd");

    static {
        family(LIMITED, "llc", "ooo", "tov", "srl", "sarl", "gmbh", "bv", "spzoo", "sro", "ltd", "limited", "pte", "pty",
                "kft", "doo", "tzov", "llp", "ano");
        family(JOINT_STOCK, "jsc", "ojsc", "cjsc", "pjsc", "oao", "zao", "pao", "ao", "pat", "prat", "at", "ag", "sa",
                "spa", "nv", "plc", "se", "oyj", "ab", "as", "asa", "kk", "aktiengesellschaft", "aktsionernoe");
        family(PARTNERSHIP, "lp", "kg", "ohg", "snc", "sas");
        phrase(LIMITED, "limited liability company", "limited liability partnership", "obshchestvo s ogranichennoy otvetstvennostyu",
                "obshchestvo s ogranichennoi otvetstvennostiu", "tovarystvo z obmezhenoyu vidpovidalnistyu",
                "tovarystvo z obmezhenoiu vidpovidalnistiu", "societatea cu raspundere limitata",
                "societa a responsabilita limitata", "gesellschaft mit beschrankter haftung", "besloten vennootschap",
                "spolka z ograniczona odpowiedzialnoscia", "sp z oo", "private limited", "pte ltd", "pty ltd");
        phrase(JOINT_STOCK, "joint stock company", "open joint stock company", "closed joint stock company",
                "public joint stock company", "private joint stock company", "aktsionernoe obshchestvo",
                "otkrytoe aktsionernoe obshchestvo", "publichnoe aktsionernoe obshchestvo", "aktsionerne tovarystvo",
                "publichne aktsionerne tovarystvo", "pryvatne aktsionerne tovarystvo", "aktiengesellschaft",
                "societa per azioni", "societe anonyme", "naamloze vennootschap", "public limited company",
                "societas europaea", "sociedad anonima", "societate pe actiuni");
    }

    private LegalForms() {
    }

    private static void family(String family, String... forms) {
        for (String form : forms) {
            FAMILY.put(form, family);
        }
    }

    private static void phrase(String family, String... phrases) {
        for (String phrase : phrases) {
            PHRASES.put(List.of(phrase.split(" ")), family);
        }
    }

    static String family(String token) {
        return FAMILY.get(token);
    }

    static String canonical(String word) {
        return SAME.getOrDefault(word, word);
    }

    static boolean generic(String token) {
        return GENERIC.contains(token);
    }

    /** The longest spelled-out form starting at {@code from}, as its length in tokens, or 0. */
    static int phraseAt(List<String> tokens, int from) {
        for (int length = Math.min(6, tokens.size() - from); length >= 2; length--) {
            if (PHRASES.containsKey(tokens.subList(from, from + length))) {
                return length;
            }
        }
        return 0;
    }

    static String phraseFamily(List<String> tokens, int from, int length) {
        return PHRASES.get(tokens.subList(from, from + length));
    }
}
