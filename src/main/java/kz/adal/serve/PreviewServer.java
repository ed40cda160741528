package kz.adal.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves the built site on 127.0.0.1 for its author, with one addition to every HTML page: a script that reloads it
 * after each good rebuild and shows the problems of a failed one. The files in the site are not changed.
 */
public final class PreviewServer implements AutoCloseable {
    static final String LIVE_SCRIPT = "<script src=\"/__adal/live.js\"></script>";
    private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"), Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"), Map.entry("xml", "application/xml"),
            Map.entry("csv", "text/csv; charset=utf-8"), Map.entry("pdf", "application/pdf"),
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("svg", "image/svg+xml"));
    static {
        // The JDK's server leaves Nagle's algorithm on, so a small response waits for the browser's delayed ACK
        // (tens of milliseconds a file); web servers turn it off. Read once, when the first server starts.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "adal-serve");
        t.setDaemon(true);
        return t;
    });
    private final Path site;
    private final LiveState state;

    public PreviewServer(Path site, int port, LiveState state) throws IOException {
        this.site = site.toAbsolutePath().normalize();
        this.state = state;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/", this::handle);
        // long polls wait on their own threads while files are served
        server.setExecutor(threads);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            // the request's path, its %-escapes decoded once (a + in a file's name is a plus)
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/__adal/live.js")) {
                try (InputStream in = PreviewServer.class.getResourceAsStream("live.js")) {
                    send(exchange, 200, "js", in.readAllBytes());
                }
            } else if (path.equals("/__adal/status")) {
                send(exchange, 200, "json", status(exchange.getRequestURI().getQuery()).getBytes(StandardCharsets.UTF_8));
            } else {
                file(exchange, path);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String status(String query) throws InterruptedException {
        long version = 0;
        int problems = 0;
        for (String pair : query == null ? new String[0] : query.split("&")) {
            String[] kv = pair.split("=", 2);
            if (kv.length == 2 && kv[1].matches("\\d{1,9}")) {
                if (kv[0].equals("version")) {
                    version = Long.parseLong(kv[1]);
                } else if (kv[0].equals("problems")) {
                    problems = Integer.parseInt(kv[1]);
                }
            }
        }
        return state.awaitChange(version, problems, version == 0 ? 0 : 25_000);
    }

    private void file(HttpExchange exchange, String path) throws IOException {
        Path file = site.resolve(path.substring(1) + (path.endsWith("/") ? "index.html" : "")).normalize();
        boolean found = file.startsWith(site) && Files.isRegularFile(file);
        Path body = found ? file : site.resolve("404.html");
        if (!Files.isRegularFile(body)) {
            send(exchange, 404, "txt", "not built yet".getBytes(StandardCharsets.UTF_8));
            return;
        }
        String name = body.getFileName().toString();
        // a photo from a camera is often named IMG_0042.JPG
        String type = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        byte[] bytes = Files.readAllBytes(body);
        if (type.equals("html")) {
            String html = new String(bytes, StandardCharsets.UTF_8);
            int end = html.lastIndexOf("</body>");
            bytes = (end < 0 ? html + LIVE_SCRIPT : html.substring(0, end) + LIVE_SCRIPT + html.substring(end))
                    .getBytes(StandardCharsets.UTF_8);
        }
        send(exchange, found ? 200 : 404, type, bytes);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] bytes) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(type, "application/octet-stream"));
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
