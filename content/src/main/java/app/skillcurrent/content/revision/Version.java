package app.skillcurrent.content.revision;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A course version, {@code major.minor}. */
public record Version(int major, int minor) implements Comparable<Version> {

    public static final Version FIRST = new Version(1, 0);
    private static final Pattern TEXT = Pattern.compile("(\\d{1,4})\\.(\\d{1,4})");

    public Version next(Severity severity) {
        return severity == Severity.MAJOR ? new Version(major + 1, 0) : new Version(major, minor + 1);
    }

    public static Optional<Version> parse(String text) {
        Matcher m = text == null ? null : TEXT.matcher(text);
        return m != null && m.matches()
                ? Optional.of(new Version(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))))
                : Optional.empty();
    }

    @Override
    public int compareTo(Version other) {
        return major != other.major ? Integer.compare(major, other.major) : Integer.compare(minor, other.minor);
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
