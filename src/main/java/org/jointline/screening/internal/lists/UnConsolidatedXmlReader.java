package org.jointline.screening.internal.lists;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.jointline.screening.ListFile;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXParseException;

/** The UN Security Council consolidated list, official XML (CONSOLIDATED_LIST with INDIVIDUALS and ENTITIES). */
final class UnConsolidatedXmlReader implements ListReader {

    @Override
    public boolean recognises(List<ListFile> files) {
        return files.size() == 1 && ListFormats.head(files.get(0), 2000).contains("<CONSOLIDATED_LIST");
    }

    @Override
    public ParsedList read(List<ListFile> files) {
        Document document = parse(files.get(0));
        List<ListEntry> entries = new ArrayList<>();
        for (Element individual : children(document.getDocumentElement(), "INDIVIDUALS", "INDIVIDUAL")) {
            entries.add(entry(individual, EntryKind.PERSON, "INDIVIDUAL"));
        }
        for (Element entity : children(document.getDocumentElement(), "ENTITIES", "ENTITY")) {
            entries.add(entry(entity, EntryKind.ORGANISATION, "ENTITY"));
        }
        if (entries.isEmpty()) {
            throw new ListRefused("screening.import.no-entries", files.get(0).filename());
        }
        return new ParsedList("UN", "UN consolidated XML", entries);
    }

    private static Document parse(ListFile file) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(file.content()));
        } catch (SAXParseException e) {
            throw new ListRefused("screening.import.broken-xml", file.filename(), e.getLineNumber());
        } catch (Exception e) {
            throw new ListRefused("screening.import.broken-xml", file.filename(), 0);
        }
    }

    private static ListEntry entry(Element e, EntryKind kind, String prefix) {
        String name = String.join(" ", texts(e, "FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME"));
        Set<String> aliases = new LinkedHashSet<>();
        for (Element alias : children(e, prefix + "_ALIAS")) {
            aliases.addAll(texts(alias, "ALIAS_NAME"));
        }
        aliases.addAll(texts(e, "NAME_ORIGINAL_SCRIPT"));
        aliases.remove(name);
        List<String> addresses = new ArrayList<>();
        Set<String> countries = new LinkedHashSet<>();
        for (Element address : children(e, prefix + "_ADDRESS")) {
            String line = String.join(", ", texts(address, "STREET", "CITY", "STATE_PROVINCE", "ZIP_CODE", "COUNTRY"));
            if (!line.isBlank()) {
                addresses.add(line);
            }
            countries.addAll(texts(address, "COUNTRY"));
        }
        for (Element nationality : children(e, "NATIONALITY")) {
            countries.addAll(texts(nationality, "VALUE"));
        }
        List<String> births = new ArrayList<>();
        for (Element birth : children(e, prefix + "_DATE_OF_BIRTH")) {
            births.addAll(texts(birth, "DATE", "YEAR", "FROM_YEAR"));
        }
        List<String> identifiers = new ArrayList<>();
        for (Element document : children(e, prefix + "_DOCUMENT")) {
            List<String> parts = texts(document, "TYPE_OF_DOCUMENT", "NUMBER", "ISSUING_COUNTRY");
            if (!texts(document, "NUMBER").isEmpty()) {
                identifiers.add(String.join(" ", parts));
            }
        }
        String reference = first(e, "REFERENCE_NUMBER");
        return new ListEntry("UN", reference.isEmpty() ? first(e, "DATAID") : reference, kind, name,
                new ArrayList<>(aliases), addresses, new ArrayList<>(countries), births, identifiers,
                texts(e, "UN_LIST_TYPE"), first(e, "COMMENTS1"));
    }

    private static List<Element> children(Element parent, String... path) {
        List<Element> level = List.of(parent);
        for (String name : path) {
            List<Element> next = new ArrayList<>();
            for (Element element : level) {
                for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
                    if (n instanceof Element child && child.getTagName().equals(name)) {
                        next.add(child);
                    }
                }
            }
            level = next;
        }
        return level;
    }

    private static List<String> texts(Element parent, String... names) {
        List<String> out = new ArrayList<>();
        for (String name : names) {
            for (Element child : children(parent, name)) {
                String text = child.getTextContent().strip().replaceAll("\\s+", " ");
                if (!text.isEmpty()) {
                    out.add(text);
                }
            }
        }
        return out;
    }

    private static String first(Element parent, String name) {
        List<String> texts = texts(parent, name);
        return texts.isEmpty() ? "" : texts.get(0);
    }
}
