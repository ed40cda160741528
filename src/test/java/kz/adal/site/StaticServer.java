package kz.adal.site;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Serves a built site on 127.0.0.1 only, under an optional sub-path, like an intranet web server. */
public final class StaticServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8", "json", "application/json",
            "png", "image/png", "svg", "image/svg+xml");
    static {
        // The JDK's server leaves Nagle's algorithm on, so a small response waits for the browser's delayed ACK
        // (tens of milliseconds a file); web servers turn it off. Read once, when the first server starts.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final String prefix;
    private final List<String> notFound = new CopyOnWriteArrayList<>();

    public StaticServer(Path root, String prefix) throws IOException {
        this.prefix = prefix;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(prefix, exchange -> serve(root, exchange));
        if (!prefix.equals("/")) {
            // what a page asks for outside the site's folder, as a browser asks the host for /favicon.ico
            server.createContext("/", exchange -> {
                notFound.add(exchange.getRequestURI().getPath());
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
            });
        }
        // a browser asks for several files at once, and a real web server answers them at once
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    /** The path of every request answered 404 so far. */
    public List<String> notFound() {
        return List.copyOf(notFound);
    }

    /** The URL of the site's root folder, ending in '/'. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + prefix;
    }

    private void serve(Path root, HttpExchange exchange) throws IOException {
        String path = URLDecoder.decode(exchange.getRequestURI().getPath(), StandardCharsets.UTF_8).substring(prefix.length());
        Path file = root.resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path).normalize();
        boolean found = file.startsWith(root) && Files.isRegularFile(file);
        if (!found) {
            notFound.add(exchange.getRequestURI().getPath());
        }
        Path body = found ? file : root.resolve("404.html");
        byte[] bytes = Files.readAllBytes(body);
        String name = body.getFileName().toString();
        exchange.getResponseHeaders().set("Content-Type",
                TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream"));
        exchange.sendResponseHeaders(found ? 200 : 404, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((ExecutorService) server.getExecutor()).shutdownNow();
    }
}
