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

import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.io.fs.FileSystemAbstraction;
import org.neo4j.kernel.impl.security.User;
import org.neo4j.logging.NullLogProvider;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.server.security.SecureHasher;
import org.neo4j.server.security.SystemGraphCredential;
import org.neo4j.server.security.auth.CommunitySecurityModule;
import org.neo4j.server.security.auth.FileUserRepository;
import org.neo4j.string.UTF8;

/**
 * Starts a Neo4j Community DBMS with only a Bolt connector on 127.0.0.1, authentication on (user neo4j, the
 * password given in NEO4J_LOCAL_PASSWORD by neo4j/local-neo4j.ts), prints one
 * "ready" line once the default database answers, and shuts down cleanly on SIGTERM/SIGINT
 * (and, with --exit-on-stdin-close, when the parent process goes away).
 *
 * Every failure is one line on stderr beginning with "neo4j-local:" and a non-zero exit.
 */
public final class LocalNeo4j {
  private static final String HOST = "127.0.0.1";
  private static final String USER = "neo4j";

  public static void main(String[] args) {
    int port = parsePort(System.getenv().getOrDefault("NEO4J_LOCAL_PORT", "7687"));
    Path dataDir = Path.of(System.getenv().getOrDefault("NEO4J_LOCAL_DATA", ".data/neo4j")).toAbsolutePath();
    String pageCache = System.getenv().getOrDefault("NEO4J_LOCAL_PAGECACHE", "512m");
    String password = System.getenv("NEO4J_LOCAL_PASSWORD");
    if (password == null || password.isEmpty()) {
      fail(64, "NEO4J_LOCAL_PASSWORD is required (neo4j/local-neo4j.ts sets it from the data folder's password file)");
    }
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
    Path initialPasswordFile = writeInitialPassword(dataDir, password);

    DatabaseManagementService dbms;
    try {
      dbms = new DatabaseManagementServiceBuilder(dataDir)
          .setConfig(BoltConnector.enabled, true)
          .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, port))
          .setConfig(BoltConnector.advertised_address, new SocketAddress(HOST, port))
          .setConfig(HttpConnector.enabled, false)
          // Neo4j would report usage to udc.neo4j.com: the product reaches no other host (and many of its networks
          // have no internet access).
          .setConfig(GraphDatabaseSettings.udc_enabled, false)
          .setConfig(GraphDatabaseSettings.auth_enabled, true)
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
    deleteQuietly(initialPasswordFile);
    System.out.println("neo4j-local: ready bolt://" + HOST + ":" + port + " data=" + dataDir);
    System.out.flush();

    if (exitOnStdinClose) watchStdin();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Neo4j's own `neo4j-admin dbms set-initial-password` step, written before the DBMS starts so no moment exists in
   * which the default password is accepted. Neo4j applies it to a new data folder, and to one whose neo4j user still
   * has the default password (a folder made while the local Neo4j ran without authentication); once a password is
   * set, the file is ignored.
   */
  private static Path writeInitialPassword(Path dataDir, String password) {
    Config config = Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, dataDir).build();
    Path file = CommunitySecurityModule.getInitialUserRepositoryFile(config);
    try (FileSystemAbstraction fs = new DefaultFileSystemAbstraction()) {
      fs.mkdirs(file.getParent());
      if (fs.fileExists(file)) fs.deleteFile(file);
      FileUserRepository users =
          new FileUserRepository(fs, file, NullLogProvider.getInstance(), EmptyMemoryTracker.INSTANCE);
      users.start();
      SystemGraphCredential credential =
          SystemGraphCredential.createCredentialForPassword(UTF8.encode(password), new SecureHasher());
      users.create(new User(USER, null, credential, false, false));
      users.shutdown();
    } catch (Exception e) {
      fail(73, "cannot write the initial password file " + file + " (" + rootMessage(e) + ")");
    }
    return file;
  }

  /** The initial password file holds a hash of the password: no reason to keep it once Neo4j has read it. */
  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // Neo4j ignores it once a password is set; a leftover file does no harm.
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
