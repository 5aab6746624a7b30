package org.jointline.platform.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A GS1 GTIN-8, -12, -13 or -14 with a correct check digit. Empty passes. */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Gtin.Validator.class)
public @interface Gtin {

    String message() default "{validation.gtin}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Gtin, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isEmpty() || isValidGtin(value);
        }

        /** GS1 check digit: weights 3 and 1 alternating from the right, excluding the check digit. */
        public static boolean isValidGtin(String value) {
            if (!value.matches("\\d{8}|\\d{12}|\\d{13}|\\d{14}")) {
                return false;
            }
            int sum = 0;
            for (int i = value.length() - 2, weight = 3; i >= 0; i--, weight = 4 - weight) {
                sum += (value.charAt(i) - '0') * weight;
            }
            return (10 - sum % 10) % 10 == value.charAt(value.length() - 1) - '0';
        }
    }
}
