package org.jointline.engineering;

/** What someone wants to do with an item or a document; the names are those of the sharing policy vocabulary. */
public enum KnowHowAction {
    VIEW("view"),
    DOWNLOAD("download"),
    USE_FOR_MANUFACTURE("use-for-manufacture"),
    MODIFY("modify"),
    SHARE_ONWARD("share-onward");

    private final String term;

    KnowHowAction(String term) {
        this.term = term;
    }

    /** The policy term, e.g. {@code use-for-manufacture}. */
    public String term() {
        return term;
    }

    public static KnowHowAction ofTerm(String term) {
        for (KnowHowAction action : values()) {
            if (action.term.equals(term)) {
                return action;
            }
        }
        return null;
    }
}
