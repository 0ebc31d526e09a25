package app.skillcurrent.web.view;

import com.github.jknack.handlebars.io.TemplateLoader;
import com.github.jknack.handlebars.io.TemplateSource;

import java.io.IOException;
import java.nio.charset.Charset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers where each template was found. Handlebars resolves a template's source through its loader on
 * every {@code compile} before it consults the template cache, which for templates inside a jar means a
 * synchronised jar lookup per page and per partial. Templates on the class path cannot change while the
 * server runs, so each location is resolved once; a missing template is not remembered and fails again.
 */
final class CachedTemplateLoader implements TemplateLoader {

    private final TemplateLoader delegate;
    private final Map<String, TemplateSource> sources = new ConcurrentHashMap<>();

    CachedTemplateLoader(TemplateLoader delegate) {
        this.delegate = delegate;
    }

    @Override
    public TemplateSource sourceAt(String location) throws IOException {
        TemplateSource known = sources.get(location);
        if (known != null) {
            return known;
        }
        TemplateSource found = delegate.sourceAt(location);
        TemplateSource raced = sources.putIfAbsent(location, found);
        return raced != null ? raced : found;
    }

    @Override
    public String resolve(String location) {
        return delegate.resolve(location);
    }

    @Override
    public String getPrefix() {
        return delegate.getPrefix();
    }

    @Override
    public String getSuffix() {
        return delegate.getSuffix();
    }

    @Override
    public void setPrefix(String prefix) {
        delegate.setPrefix(prefix);
        sources.clear();
    }

    @Override
    public void setSuffix(String suffix) {
        delegate.setSuffix(suffix);
        sources.clear();
    }

    @Override
    public void setCharset(Charset charset) {
        delegate.setCharset(charset);
        sources.clear();
    }

    @Override
    public Charset getCharset() {
        return delegate.getCharset();
    }
}
