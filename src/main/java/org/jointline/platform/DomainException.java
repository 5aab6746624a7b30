package org.jointline.platform;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A refusal the user can understand: a message key from the bundles and its arguments.
 * Subclasses say which HTTP status it becomes.
 */
public abstract class DomainException extends RuntimeException {

    private final String messageKey;
    private final transient List<Object> arguments;

    protected DomainException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        // Arrays.asList, not List.of: an argument may be null (the unknown value the user sent).
        this.arguments = Collections.unmodifiableList(Arrays.asList(arguments.clone()));
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
