package app.skillcurrent.content.render;

import java.util.List;

import org.owasp.html.ElementPolicy;

/**
 * Sets {@code rel="noopener nofollow"} on links to other sites and drops it elsewhere.
 *
 * <p>The sanitiser's own {@code requireRelsOnLinks} would tag every link, relative ones included,
 * and an author-supplied {@code rel} must not survive either (it could, for example, claim
 * {@code rel="me"}). Element policies run after attribute policies, so {@code href} has already
 * passed the protocol filter when this looks at it.
 */
final class ExternalLinkRel implements ElementPolicy {

    static final String EXTERNAL_REL = "noopener nofollow";

    @Override
    public String apply(String elementName, List<String> attrs) {
        removeAttribute(attrs, "rel");
        String href = attributeValue(attrs, "href");
        if (href != null && UrlSchemes.isExternalWebLink(href)) {
            attrs.add("rel");
            attrs.add(EXTERNAL_REL);
        }
        return elementName;
    }

    // attrs alternates name, value, name, value ...
    private static String attributeValue(List<String> attrs, String name) {
        for (int i = 0; i + 1 < attrs.size(); i += 2) {
            if (attrs.get(i).equals(name)) {
                return attrs.get(i + 1);
            }
        }
        return null;
    }

    private static void removeAttribute(List<String> attrs, String name) {
        for (int i = attrs.size() - 2; i >= 0; i -= 2) {
            if (attrs.get(i).equals(name)) {
                attrs.subList(i, i + 2).clear();
            }
        }
    }
}
