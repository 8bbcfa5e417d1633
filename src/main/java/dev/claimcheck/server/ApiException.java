package dev.claimcheck.server;

/** A request that cannot be answered with a report: carries the error answer to send instead. */
final class ApiException extends RuntimeException {
    private final transient ApiError error;

    ApiException(ApiError error) {
        super(error.message(), null, false, false); // expected outcomes: no stack trace to fill or leak
        this.error = error;
    }

    ApiException(int status, String code, String message) {
        this(ApiError.of(status, code, message));
    }

    ApiError error() {
        return error;
    }
}
