package org.sourcelens.benchmark;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One browser tab as the server sees it, over plain HTTP: its own cookie jar (so its own HTTP
 * session), Spring Security's form sign-in, then Vaadin Flow's bootstrap (the page, then the
 * {@code ?v-r=init} request the client engine sends, which makes the server create the UI and
 * navigate to the route; like the browser it goes to the page's base URL, the root), then UIDL requests as the client engine sends them: property changes
 * ({@code mSync}) with the security key, the server's sync id and the client's request counter.
 */
final class UiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String UIDL_PREFIX = "for(;;);";

    private final URI base;
    private final HttpClient http;
    private String csrfToken;
    private int uiId = -1;
    private int syncId;
    private int clientId;

    UiClient(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /**
     * A second tab of the same browser: shares the other's cookies (so its HTTP session and sign-in)
     * but gets its own Vaadin UI once it opens a route.
     */
    UiClient(UiClient sameBrowser) {
        this.base = sameBrowser.base;
        this.http = sameBrowser.http;
    }

    /** Signs in through the login page's form post; true when the server accepted the password. */
    boolean signIn(String username, String password) throws IOException, InterruptedException {
        send(HttpRequest.newBuilder(base.resolve("/login")).GET(), HttpResponse.BodyHandlers.discarding());
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<Void> response = send(HttpRequest.newBuilder(base.resolve("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", base.toString())
                .header("Sec-Fetch-Site", "same-origin")
                .POST(HttpRequest.BodyPublishers.ofString(form)), HttpResponse.BodyHandlers.discarding());
        return response.statusCode() == 200 && !response.uri().getPath().startsWith("/login");
    }

    /**
     * Loads the route's page, bootstraps its UI, then reports the location as the client engine
     * does ({@code ui-navigate} on the UI's node); returns the UIDL response to that (the view the
     * server built, as JSON text).
     */
    String open(String route) throws IOException, InterruptedException {
        HttpResponse<String> page = send(HttpRequest.newBuilder(base.resolve("/" + route)).GET(),
                HttpResponse.BodyHandlers.ofString());
        if (page.statusCode() != 200 || page.uri().getPath().startsWith("/login")) {
            throw new IllegalStateException("GET /" + route + " gave " + page.statusCode() + " at " + page.uri());
        }
        Map<String, String> details = new java.util.LinkedHashMap<>();
        details.put("v-r", "init");
        details.put("location", route);
        details.put("query", "");
        details.put("v-sh", "1080");
        details.put("v-sw", "1920");
        details.put("v-wh", "960");
        details.put("v-ww", "1600");
        details.put("v-bh", "960");
        details.put("v-bw", "1600");
        details.put("v-curdate", Long.toString(System.currentTimeMillis()));
        details.put("v-tzo", "0");
        details.put("v-dstd", "0");
        details.put("v-rtzo", "0");
        details.put("v-dston", "false");
        details.put("v-tzid", "UTC");
        details.put("v-td", "false");
        details.put("v-pr", "1");
        details.put("v-np", "Linux x86_64");
        String query = details.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> init = send(HttpRequest.newBuilder(base.resolve("/?" + query)).GET(),
                HttpResponse.BodyHandlers.ofString());
        if (init.statusCode() != 200 || !init.headers().firstValue("Content-Type").orElse("").contains("json")) {
            throw new IllegalStateException("Init of /" + route + " gave " + init.statusCode() + ": "
                    + abbreviate(init.body()));
        }
        JsonNode appConfig = JSON.readTree(init.body()).path("appConfig");
        JsonNode uidl = appConfig.path("uidl");
        uiId = appConfig.path("v-uiId").asInt(-1);
        if (uiId < 0 || uidl.isMissingNode()) {
            throw new IllegalStateException("No UI in the init response: " + abbreviate(init.body()));
        }
        remember(uidl);
        // Flow 25 builds the route's view when the client engine reports the browser's location.
        ArrayNode rpc = JSON.createArrayNode();
        ObjectNode navigate = rpc.addObject();
        navigate.put("type", "event");
        navigate.put("node", 1);
        navigate.put("event", "ui-navigate");
        ObjectNode data = navigate.putObject("data");
        data.put("route", route);
        data.put("query", "");
        data.put("appShellTitle", "");
        data.putNull("historyState");
        data.put("trigger", "");
        return uidl(rpc);
    }

    /**
     * The ids of the nodes with the given tag and a {@code label} property other than those given,
     * in the order the UIDL attached them.
     */
    static List<Integer> nodesWithTag(String uidlText, String tag, Set<String> labelsToSkip) {
        JsonNode root = JSON.readTree(uidlText);
        JsonNode changes = root.has("appConfig") ? root.path("appConfig").path("uidl").path("changes")
                : root.path("changes");
        List<Integer> nodes = new ArrayList<>();
        Map<Integer, String> labels = new HashMap<>();
        for (JsonNode change : changes) {
            if (!"put".equals(change.path("type").asString(""))) {
                continue;
            }
            String key = change.path("key").asString("");
            if ("tag".equals(key) && tag.equals(change.path("value").asString(""))) {
                nodes.add(change.path("node").asInt());
            } else if ("label".equals(key)) {
                labels.put(change.path("node").asInt(), change.path("value").asString(""));
            }
        }
        nodes.removeIf(node -> labelsToSkip.contains(labels.get(node)));
        return nodes;
    }

    /**
     * The first node the UIDL gives the value {@code value} under {@code key}: its tag (key
     * {@code tag}) or an attribute such as {@code id}; -1 when there is none.
     */
    static int nodeWith(String uidlText, String key, String value) {
        JsonNode root = JSON.readTree(uidlText);
        JsonNode changes = root.has("appConfig") ? root.path("appConfig").path("uidl").path("changes")
                : root.path("changes");
        for (JsonNode change : changes) {
            if ("put".equals(change.path("type").asString("")) && key.equals(change.path("key").asString(""))
                    && value.equals(change.path("value").asString(""))) {
                return change.path("node").asInt();
            }
        }
        return -1;
    }

    /** Sends a DOM event of the node with the event data the server's listener asked for; returns the UIDL response. */
    String event(int node, String event, ObjectNode data) throws IOException, InterruptedException {
        ArrayNode rpc = JSON.createArrayNode();
        ObjectNode call = rpc.addObject();
        call.put("type", "event");
        call.put("node", node);
        call.put("event", event);
        call.set("data", data);
        return uidl(rpc);
    }

    /** Sends what a browser sends for a left click on the node (the event data Flow's {@code ClickEvent} reads). */
    String click(int node) throws IOException, InterruptedException {
        ObjectNode data = JSON.createObjectNode();
        data.put("event.screenX", 800);
        data.put("event.screenY", 400);
        data.put("event.clientX", 800);
        data.put("event.clientY", 300);
        data.put("event.detail", 1);
        data.put("event.button", 0);
        data.put("event.ctrlKey", false);
        data.put("event.shiftKey", false);
        data.put("event.altKey", false);
        data.put("event.metaKey", false);
        return event(node, "click", data);
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    /**
     * Sends what a browser sends when a field's value changes: the new property value of the node;
     * returns the UIDL response as text.
     */
    String setProperty(int node, String property, String value) throws IOException, InterruptedException {
        ArrayNode rpc = JSON.createArrayNode();
        ObjectNode sync = rpc.addObject();
        sync.put("type", "mSync");
        sync.put("node", node);
        sync.put("feature", 1);
        sync.put("property", property);
        sync.put("value", value);
        return uidl(rpc);
    }

    /** Tells the server the tab is still open (the client engine does this every heartbeat interval). */
    void heartbeat() throws IOException, InterruptedException {
        HttpResponse<Void> response = send(HttpRequest.newBuilder(base.resolve("/?v-r=heartbeat&v-uiId=" + uiId))
                .header("Content-Type", "text/plain;charset=utf-8")
                .POST(HttpRequest.BodyPublishers.noBody()), HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Heartbeat gave " + response.statusCode());
        }
    }

    private synchronized String uidl(ArrayNode rpc) throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode();
        body.put("csrfToken", csrfToken);
        body.set("rpc", rpc);
        body.put("syncId", syncId);
        body.put("clientId", clientId);
        HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve("/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))),
                HttpResponse.BodyHandlers.ofString());
        String text = response.body();
        if (text.startsWith(UIDL_PREFIX)) {
            text = text.substring(UIDL_PREFIX.length());
        }
        if (response.statusCode() != 200 || !(text.startsWith("{") || text.startsWith("["))) {
            throw new IllegalStateException("UIDL request gave " + response.statusCode() + ": " + abbreviate(text));
        }
        JsonNode parsed = JSON.readTree(text);
        JsonNode message = parsed.isArray() ? parsed.path(0) : parsed;
        if (message.has("meta") && message.path("meta").has("appError")) {
            throw new IllegalStateException("Server error: " + abbreviate(message.path("meta").toString()));
        }
        remember(message);
        return message.toString();
    }

    private void remember(JsonNode uidl) {
        if (uidl.has("Vaadin-Security-Key")) {
            csrfToken = uidl.path("Vaadin-Security-Key").asString();
        }
        if (uidl.has("syncId")) {
            syncId = uidl.path("syncId").asInt();
        }
        if (uidl.has("clientId")) {
            clientId = uidl.path("clientId").asInt();
        } else {
            clientId++;
        }
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body)
            throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(60)).build(), body);
    }

    private static String abbreviate(String text) {
        return text.length() > 500 ? text.substring(0, 500) + "…" : text;
    }
}
