package dev.claimcheck.config;

import com.fasterxml.jackson.core.JsonLocation;
import dev.claimcheck.input.InputException;

/** A config file that cannot be used: names the file, line, column and key ({@code rules.x.severity}). */
public final class ConfigException extends InputException {
    ConfigException(String file, JsonLocation at, String key, String problem) {
        super(file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                key == null || key.isEmpty() ? problem : key + (problem.startsWith("is ") ? " " : ": ") + problem, null);
    }

    ConfigException(String file, String problem) {
        super(file, 0, 0, problem, null);
    }
}
