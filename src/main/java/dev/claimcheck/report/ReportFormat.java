package dev.claimcheck.cli;

/** The report formats of {@code check --format}, with the extension of their report files under --out. */
enum ReportFormat {
    text(".report.txt"),
    json(".report.json"),
    md(".report.md"),
    sarif(".sarif"),
    html(".html");

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    String extension() {
        return extension;
    }
}
