package kz.adal.markdown;

import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.internal.TableNodeRenderer;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.DelegatingNodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.util.Set;

/**
 * Puts each Markdown table in a box that scrolls sideways, so that a wide table on a phone scrolls in its box instead
 * of widening the whole page (the theme's {@code .table-scroll}, which print lets the table out of).
 */
final class ScrollingTables implements HtmlRenderer.HtmlRendererExtension {

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(new Factory());
    }

    /** Registered after the tables' own renderer, which it wraps. */
    private static final class Factory implements DelegatingNodeRendererFactory {
        @Override
        public NodeRenderer apply(DataHolder options) {
            return () -> Set.of(new NodeRenderingHandler<>(TableBlock.class, (table, context, html) -> {
                // focusable, so that a keyboard scrolls it too (WCAG 2.1.1); a table of Markdown has no heading to name it by
                html.attr("class", "table-scroll").attr("tabindex", "0").withAttr().tag("div");
                context.delegateRender();
                html.tag("/div").line();
            }));
        }

        @Override
        public Set<Class<?>> getDelegates() {
            return Set.of(TableNodeRenderer.Factory.class);
        }
    }
}
