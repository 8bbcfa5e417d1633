package dev.claimcheck.extraction;

/** A token: offsets into the article text, the text, and whether it sits inside quotation marks. */
record Tok(int start, int end, String text, String lower, boolean quoted) {
    boolean isWord() {
        return Character.isLetter(text.charAt(0));
    }

    boolean isCapitalised() {
        return Character.isUpperCase(text.charAt(0));
    }

    boolean isNumber() {
        return Character.isDigit(text.charAt(0)) && text.chars().allMatch(c -> Character.isDigit(c) || c == '.' || c == ',');
    }

    boolean is(String s) {
        return lower.equals(s);
    }

    boolean isPunct() {
        return !Character.isLetterOrDigit(text.charAt(0));
    }
}
