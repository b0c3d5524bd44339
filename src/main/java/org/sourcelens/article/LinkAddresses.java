package org.sourcelens.article;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Decides which link addresses an imported article may keep. Students click these links, so only
 * complete web and e-mail addresses pass: anything a browser could run ({@code javascript:},
 * {@code data:}, {@code vbscript:}) or resolve somewhere unexpected is refused, and the tracking
 * parameters that follow readers around are taken off.
 */
final class LinkAddresses {

    private static final Set<String> WEB_SCHEMES = Set.of("http", "https");
    private static final Set<String> TRACKING_PARAMETERS = Set.of("fbclid", "gclid", "dclid", "msclkid", "mc_cid",
            "mc_eid", "igshid");
    /** Browsers silently drop tabs and line breaks inside addresses, which is how "java\tscript:" gets through. */
    private static final Pattern CONTROL_CHARACTERS = Pattern.compile("[\\x00-\\x1F\\x7F]");

    private LinkAddresses() {
    }

    /** The address relative links are completed against, if {@code address} is a complete web address. */
    static Optional<URI> base(String address) {
        return parse(address).filter(LinkAddresses::isCompleteWebAddress).map(LinkAddresses::withRootPath);
    }

    /** True for an in-page jump ("#note-1"): it means nothing once the text leaves the page. */
    static boolean isInPage(String href) {
        return href != null && href.strip().startsWith("#");
    }

    /**
     * The address as a student may follow it: completed against {@code base} when relative,
     * without tracking parameters; empty when it is not a complete http, https or mailto address.
     */
    static Optional<String> clean(String href, URI base) {
        if (href == null || href.isBlank() || isInPage(href)) {
            return Optional.empty();
        }
        Optional<URI> parsed = parse(href);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        URI address = parsed.get();
        if (!address.isAbsolute()) {
            if (base == null) {
                return Optional.empty();
            }
            address = base.resolve(address);
        }
        String scheme = address.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("mailto")) {
            return address.getRawSchemeSpecificPart().isBlank() ? Optional.empty() : Optional.of(address.toString());
        }
        return isCompleteWebAddress(address) ? Optional.of(withoutTracking(address)) : Optional.empty();
    }

    /** True when cleaning {@code href} would take tracking parameters off it. */
    static boolean hasTracking(String href) {
        return parse(href).map(URI::getRawQuery)
                .map(query -> Arrays.stream(query.split("&")).anyMatch(LinkAddresses::isTrackingParameter))
                .orElse(false);
    }

    private static Optional<URI> parse(String href) {
        if (href == null) {
            return Optional.empty();
        }
        String trimmed = href.strip();
        if (trimmed.isEmpty() || CONTROL_CHARACTERS.matcher(trimmed).find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new URI(trimmed.replace(" ", "%20")));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** URI.resolve joins "https://site.example" and "story" into "https://site.examplestory" without a root path. */
    private static URI withRootPath(URI address) {
        if (address.getRawPath() != null && !address.getRawPath().isEmpty()) {
            return address;
        }
        return URI.create(address.getScheme() + "://" + address.getRawAuthority() + "/");
    }

    private static boolean isCompleteWebAddress(URI address) {
        return address.isAbsolute() && !address.isOpaque()
                && WEB_SCHEMES.contains(address.getScheme().toLowerCase(Locale.ROOT))
                && address.getRawAuthority() != null && !address.getRawAuthority().isBlank();
    }

    private static String withoutTracking(URI address) {
        StringBuilder clean = new StringBuilder()
                .append(address.getScheme().toLowerCase(Locale.ROOT)).append("://")
                .append(address.getRawAuthority())
                .append(address.getRawPath() == null ? "" : address.getRawPath());
        if (address.getRawQuery() != null) {
            String query = Arrays.stream(address.getRawQuery().split("&"))
                    .filter(parameter -> !parameter.isEmpty() && !isTrackingParameter(parameter))
                    .collect(Collectors.joining("&"));
            if (!query.isEmpty()) {
                clean.append('?').append(query);
            }
        }
        if (address.getRawFragment() != null) {
            clean.append('#').append(address.getRawFragment());
        }
        return clean.toString();
    }

    private static boolean isTrackingParameter(String parameter) {
        String name = parameter.split("=", 2)[0].toLowerCase(Locale.ROOT);
        return name.startsWith("utm_") || TRACKING_PARAMETERS.contains(name);
    }
}
