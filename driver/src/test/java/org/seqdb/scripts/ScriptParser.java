package org.seqdb.scripts;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a script: statements end with ';' at the end of a line (and may span lines);
 * {@code #} lines are comments; {@code --connect NAME}, {@code --connection NAME} and
 * {@code --disconnect NAME}, {@code --types} and {@code --types off} are directives. A first line {@code # oracle: skip <reason>}
 * keeps the script off the MariaDB 10.11 oracle.
 */
final class ScriptParser {
    private static final String SKIP_ORACLE = "# oracle: skip";

    private ScriptParser() {
    }

    static Script parse(String name, String text) {
        List<Script.Step> steps = new ArrayList<>();
        String skipOracle = null;
        StringBuilder pending = new StringBuilder();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String trimmed = line.strip();
            if (pending.length() == 0) {
                if (i == 0 && trimmed.startsWith(SKIP_ORACLE)) {
                    skipOracle = trimmed.substring(SKIP_ORACLE.length()).strip();
                    continue;
                }
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                if (trimmed.startsWith("--connect ")) {
                    steps.add(new Script.Connect(argument(trimmed)));
                    continue;
                }
                if (trimmed.startsWith("--connection ")) {
                    steps.add(new Script.SwitchTo(argument(trimmed)));
                    continue;
                }
                if (trimmed.equals("--types") || trimmed.equals("--types off")) {
                    steps.add(new Script.ShowTypes(trimmed.equals("--types")));
                    continue;
                }
                if (trimmed.startsWith("--disconnect ")) {
                    steps.add(new Script.Disconnect(argument(trimmed)));
                    continue;
                }
            }
            pending.append(pending.length() == 0 ? "" : "\n").append(line.stripTrailing());
            if (trimmed.endsWith(";")) {
                String statement = pending.toString().strip();
                steps.add(new Script.Sql(statement.substring(0, statement.length() - 1).stripTrailing()));
                pending.setLength(0);
            }
        }
        if (!pending.toString().isBlank()) {
            throw new IllegalArgumentException(name + ": the last statement does not end with ';': " + pending);
        }
        return new Script(name, List.copyOf(steps), skipOracle);
    }

    private static String argument(String directive) {
        return directive.substring(directive.indexOf(' ') + 1).strip();
    }
}
