package org.siheung.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * Starts a Neo4j Community DBMS with only a Bolt connector on 127.0.0.1, prints one
 * "ready" line once the default database answers, and shuts down cleanly on SIGTERM/SIGINT
 * (and, with --exit-on-stdin-close, when the parent process goes away).
 *
 * Every failure is one line on stderr beginning with "neo4j-local:" and a non-zero exit.
 */
public final class LocalNeo4j {
  private static final String HOST = "127.0.0.1";

  public static void main(String[] args) {
    int port = parsePort(System.getenv().getOrDefault("NEO4J_LOCAL_PORT", "7687"));
    Path dataDir = Path.of(System.getenv().getOrDefault("NEO4J_LOCAL_DATA", ".data/neo4j")).toAbsolutePath();
    String pageCache = System.getenv().getOrDefault("NEO4J_LOCAL_PAGECACHE", "512m");
    boolean exitOnStdinClose = false;
    for (String arg : args) {
      if (arg.equals("--exit-on-stdin-close")) exitOnStdinClose = true;
      else fail(64, "unknown argument " + arg);
    }

    ensurePortFree(port);
    try {
      Files.createDirectories(dataDir);
    } catch (IOException e) {
      fail(73, "cannot create data folder " + dataDir + " (" + e.getMessage() + ")");
    }

    DatabaseManagementService dbms;
    try {
      dbms = new DatabaseManagementServiceBuilder(dataDir)
          .setConfig(BoltConnector.enabled, true)
          .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, port))
          .setConfig(BoltConnector.advertised_address, new SocketAddress(HOST, port))
          .setConfig(HttpConnector.enabled, false)
          // Local development database, reachable only from this machine.
          .setConfig(GraphDatabaseSettings.auth_enabled, false)
          .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
          .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
          .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(10))
          .build();
    } catch (RuntimeException e) {
      fail(70, "could not start Neo4j in " + dataDir + ": " + rootMessage(e));
      return;
    }

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      dbms.shutdown();
      System.out.println("neo4j-local: stopped");
      stopped.countDown();
    }, "neo4j-local-shutdown"));

    GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    if (!db.isAvailable(TimeUnit.MINUTES.toMillis(2))) {
      fail(70, "database did not become available within 2 minutes");
    }
    db.executeTransactionally("RETURN 1");
    System.out.println("neo4j-local: ready bolt://" + HOST + ":" + port + " data=" + dataDir);
    System.out.flush();

    if (exitOnStdinClose) watchStdin();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The parent keeps our stdin open; when it dies the pipe closes and we stop too. */
  private static void watchStdin() {
    Thread watcher = new Thread(() -> {
      try (InputStream in = System.in) {
        while (in.read() != -1) {
          // ignore input; only end-of-stream matters
        }
      } catch (IOException ignored) {
        // a broken pipe means the parent is gone as well
      }
      System.exit(0);
    }, "neo4j-local-stdin-watch");
    watcher.setDaemon(true);
    watcher.start();
  }

  private static int parsePort(String text) {
    try {
      int port = Integer.parseInt(text.trim());
      if (port < 1 || port > 65535) throw new NumberFormatException();
      return port;
    } catch (NumberFormatException e) {
      fail(64, "NEO4J_LOCAL_PORT must be a port number 1-65535, got \"" + text + "\"");
      return -1;
    }
  }

  private static void ensurePortFree(int port) {
    try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName(HOST))) {
      socket.setReuseAddress(true);
    } catch (IOException e) {
      fail(75, "port " + port + " on " + HOST + " is already in use (set NEO4J_LOCAL_PORT to another port)");
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null) cause = cause.getCause();
    return cause.getClass().getSimpleName() + ": " + cause.getMessage();
  }

  private static void fail(int exitCode, String message) {
    System.err.println("neo4j-local: " + message);
    System.err.flush();
    Runtime.getRuntime().halt(exitCode);
  }
}
