package org.sourcelens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/** The HTTP sessions the embedded Tomcat of a test holds, looked up by the id a browser or client sent. */
public final class ServerSessions {

    private ServerSessions() {
    }

    /** The live session with this id, empty once it was invalidated or expired. */
    public static Optional<Session> find(WebServerApplicationContext context, String sessionId) {
        Context application = (Context) ((TomcatWebServer) context.getWebServer()).getTomcat().getHost()
                .findChildren()[0];
        try {
            return Optional.ofNullable(application.getManager().findSession(sessionId)).filter(Session::isValid);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
