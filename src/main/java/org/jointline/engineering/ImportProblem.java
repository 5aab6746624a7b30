package org.jointline.engineering;

import java.util.List;

/** A row of the file that cannot be used (ERROR) or was used with a doubt (WARNING), and why. */
public record ImportProblem(int row, String severity, String key, List<String> arguments, String message) {
}
