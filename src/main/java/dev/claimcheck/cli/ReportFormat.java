package dev.claimcheck.cli;

/** The report formats of {@code check --format}. */
enum ReportFormat {
    text(".report.txt"),
    json(".report.json");

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    String extension() {
        return extension;
    }
}
