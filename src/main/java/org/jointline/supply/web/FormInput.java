package org.jointline.supply.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jointline.platform.InvalidInput;
import org.springframework.util.MultiValueMap;

/**
 * A submitted form read as text: every value is parsed here, so that a wrong one is refused naming its field
 * (422) instead of failing to convert. Repeated fields (lines of a form) are read by index.
 */
record FormInput(MultiValueMap<String, String> values) {

    String text(String name) {
        return text(name, 0);
    }

    String text(String name, int index) {
        List<String> all = values.get(name);
        if (all == null || index >= all.size() || all.get(index) == null || all.get(index).isBlank()) {
            return null;
        }
        return all.get(index).strip();
    }

    int count(String name) {
        List<String> all = values.get(name);
        return all == null ? 0 : all.size();
    }

    String required(String name, int index, String field) {
        String text = text(name, index);
        if (text == null) {
            throw new InvalidInput(field, "supply.form.required");
        }
        return text;
    }

    String required(String name) {
        return required(name, 0, name);
    }

    BigDecimal decimal(String name, int index, String field) {
        String text = text(name, index);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.replace(',', '.').replace(" ", ""));
        } catch (NumberFormatException e) {
            throw new InvalidInput(field, "supply.form.number", text);
        }
    }

    BigDecimal decimal(String name) {
        return decimal(name, 0, name);
    }

    Integer integer(String name) {
        BigDecimal number = decimal(name);
        if (number == null) {
            return null;
        }
        try {
            return number.intValueExact();
        } catch (ArithmeticException e) {
            throw new InvalidInput(name, "supply.form.whole-number", text(name));
        }
    }

    LocalDate date(String name, int index, String field) {
        String text = text(name, index);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "supply.form.date", text);
        }
    }

    UUID id(String name, int index, String field) {
        String text = text(name, index);
        if (text == null) {
            return null;
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(field, "supply.form.choose", text);
        }
    }

    UUID id(String name) {
        return id(name, 0, name);
    }

    UUID requiredId(String name) {
        UUID id = id(name);
        if (id == null) {
            throw new InvalidInput(name, "supply.form.required");
        }
        return id;
    }

    boolean checked(String name) {
        String text = text(name);
        return text != null && !text.equals("false");
    }

    /** Serial numbers as typed or scanned: one per line, or separated by commas or spaces. */
    List<String> serials(String name, int index) {
        String text = text(name, index);
        return text == null ? List.of() : Arrays.stream(text.split("[\\s,;]+")).filter(s -> !s.isBlank()).toList();
    }
}
