package org.ypsa.hub.domain;

import java.util.List;

/** The result of validating a form: a value when there are no problems, and warnings either way. */
public record Validated<T>(T value, List<Problem> problems, List<String> warnings) {

    public static <T> Validated<T> valid(T value, List<String> warnings) {
        return new Validated<>(value, List.of(), List.copyOf(warnings));
    }

    public static <T> Validated<T> invalid(List<Problem> problems, List<String> warnings) {
        return new Validated<>(null, List.copyOf(problems), List.copyOf(warnings));
    }

    public boolean isValid() {
        return problems.isEmpty();
    }
}
