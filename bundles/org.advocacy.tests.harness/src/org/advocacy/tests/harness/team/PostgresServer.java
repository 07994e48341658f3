// SPDX-License-Identifier: EPL-2.0
package org.advocacy.tests.harness.team;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.postgresql.ds.PGSimpleDataSource;

/**
 * A throwaway PostgreSQL server for tests, made from the machine's own Debian binaries: {@code initdb} into a
 * temporary directory (SCRAM passwords, UTF-8), {@code pg_ctl start} on a free loopback port with its socket in
 * that directory, {@code fsync} off, and TLS on with a self-signed certificate for {@code localhost} and
 * {@code 127.0.0.1}. When the tests run as root, the directory is handed to the {@code postgres} user and both
 * commands run through {@code runuser}, since PostgreSQL refuses to run as root. {@link #close()} stops it with
 * {@code pg_ctl stop -m immediate} and deletes the directory; a shutdown hook does the same if the JVM ends first.
 * <p>
 * Nothing here is optional: when the binaries are missing or the server does not start, {@link #start()} throws,
 * so the tests fail rather than skip.
 */
public final class PostgresServer implements AutoCloseable {

	/** The superuser created by {@code initdb}. */
	public static final String SUPERUSER = "postgres";

	private static final String BINARIES_PROPERTY = "advocacy.postgresql.bindir";
	private static final long COMMAND_TIMEOUT_SECONDS = 120;

	private final Path binaries;
	private final Path root;
	private final int port;
	private final String superuserPassword;
	private final Thread shutdownHook;
	private boolean running;

	private PostgresServer(Path binaries, Path root, int port, String superuserPassword) {
		this.binaries = binaries;
		this.root = root;
		this.port = port;
		this.superuserPassword = superuserPassword;
		this.shutdownHook = new Thread(this::stopQuietly, "PostgreSQL test server shutdown");
	}

	/**
	 * Creates and starts a new server.
	 *
	 * @return the running server
	 * @throws IllegalStateException naming what is missing or failed, when the server cannot be started
	 */
	public static PostgresServer start() {
		Path binaries = locateBinaries();
		try {
			PostgresServer server = new PostgresServer(binaries, Files.createTempDirectory("advocacy-postgresql-"),
					freePort(), randomPassword());
			return server.bringUp(() -> {
				server.initialize();
				server.startServer();
			});
		} catch (IOException e) {
			throw new IllegalStateException("The PostgreSQL test server could not be started: " + e.getMessage(), e);
		}
	}

	/** @return the TCP port on 127.0.0.1 */
	public int port() {
		return port;
	}

	/** @return the superuser's password */
	public String superuserPassword() {
		return superuserPassword;
	}

	/** @return the server's self-signed certificate, the root a verify-full client must trust */
	public Path certificate() {
		return root.resolve("server.crt");
	}

	/** @return the {@code psql} of the same installation */
	public Path psql() {
		return binaries.resolve("psql");
	}

	/**
	 * @param database the database
	 * @param user     the login role
	 * @param password its password
	 * @return a data source on the loopback address, without TLS
	 */
	public PGSimpleDataSource dataSource(String database, String user, String password) {
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		dataSource.setServerNames(new String[] { "127.0.0.1" });
		dataSource.setPortNumbers(new int[] { port });
		dataSource.setDatabaseName(database);
		dataSource.setUser(user);
		dataSource.setPassword(password);
		dataSource.setSslMode("disable");
		dataSource.setApplicationName("advocacy-tests");
		return dataSource;
	}

	/**
	 * @param database the database
	 * @return a new superuser connection
	 * @throws SQLException when the server refuses it
	 */
	public Connection superuserConnection(String database) throws SQLException {
		return dataSource(database, SUPERUSER, superuserPassword).getConnection();
	}

	/**
	 * Starts a hot standby of this server: {@code pg_basebackup -R -X stream -c fast} into a new temporary
	 * directory, then {@code pg_ctl start} on another free port. It streams every change of this server and accepts
	 * read-only sessions; {@link #close()} stops it and deletes its directory.
	 *
	 * @return the running standby, with the same superuser and password
	 * @throws IllegalStateException when the backup or the start fails
	 */
	public PostgresServer startStandby() {
		try {
			PostgresServer standby = new PostgresServer(binaries, Files.createTempDirectory("advocacy-postgresql-"),
					freePort(), superuserPassword);
			return standby.bringUp(() -> {
				Files.createDirectories(standby.root.resolve("sockets"));
				standby.createCertificate();
				if (isRoot()) {
					run(List.of("chown", "-R", "postgres:postgres", standby.root.toString()));
				}
				standby.run(asServerUser(List.of(binaries.resolve("pg_basebackup").toString(), "-h", "127.0.0.1", "-p",
						Integer.toString(port), "-U", SUPERUSER, "-D", standby.dataDirectory().toString(), "-R", "-X",
						"stream", "-c", "fast", "--no-sync")), superuserPassword);
				standby.startServer();
			});
		} catch (IOException e) {
			throw new IllegalStateException("The PostgreSQL standby could not be started: " + e.getMessage(), e);
		}
	}

	/** What brings a new server up, from its empty directory to accepting connections. */
	@FunctionalInterface
	private interface Steps {
		void run() throws IOException;
	}

	/**
	 * Brings this new server up, stopped by a shutdown hook should the tests not close it; when a step fails, the
	 * server is stopped and its directory deleted before the failure is thrown.
	 *
	 * @param steps what brings it up
	 * @return this server, running
	 * @throws IOException when a step fails
	 */
	private PostgresServer bringUp(Steps steps) throws IOException {
		Runtime.getRuntime().addShutdownHook(shutdownHook);
		try {
			steps.run();
		} catch (RuntimeException | IOException e) {
			close();
			throw e;
		}
		return this;
	}

	/** Restarts the server ({@code pg_ctl restart -m fast}): every open connection is terminated. */
	public void restart() {
		run(pgCtl("restart", "-m", "fast", "-w", "-t", "60", "-l", root.resolve("server.log").toString(), "-o",
				serverOptions()));
	}

	/**
	 * Stops the server ({@code pg_ctl stop -m fast}) and keeps its data, for a test of what clients do while it is
	 * down; {@link #start()} it again in a {@code finally}, as other test classes share it.
	 */
	public synchronized void stop() {
		run(pgCtl("stop", "-m", "fast", "-w", "-t", "60"));
		running = false;
	}

	/** Starts a server {@link #stop() stopped} before, with the same data, port and certificate. */
	public synchronized void startAgain() {
		startServer();
	}

	/** Stops the server at once ({@code pg_ctl stop -m immediate}) and deletes its directory. */
	@Override
	public void close() {
		stopQuietly();
		try {
			Runtime.getRuntime().removeShutdownHook(shutdownHook);
		} catch (IllegalStateException shuttingDown) {
			// the hook is running or has run
		}
	}

	private synchronized void stopQuietly() {
		if (running) {
			running = false;
			try {
				run(pgCtl("stop", "-m", "immediate", "-w", "-t", "60"));
			} catch (RuntimeException e) {
				System.err.println("The PostgreSQL test server did not stop cleanly: " + e.getMessage());
			}
		}
		deleteRecursively(root);
	}

	private void initialize() throws IOException {
		Files.createDirectories(root.resolve("sockets"));
		Path passwordFile = root.resolve("superuser.password");
		Files.writeString(passwordFile, superuserPassword + "\n", StandardCharsets.UTF_8);
		createCertificate();
		if (isRoot()) {
			run(List.of("chown", "-R", "postgres:postgres", root.toString()));
		}
		run(asServerUser(List.of(binaries.resolve("initdb").toString(), "-D", dataDirectory().toString(), "-U",
				SUPERUSER, "-A", "scram-sha-256", "--pwfile", passwordFile.toString(), "--no-sync", "-E", "UTF8",
				"--locale=C.UTF-8", "--no-instructions")));
		Files.delete(passwordFile);
	}

	private void createCertificate() throws IOException {
		run(List.of("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=localhost",
				"-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1", "-keyout", root.resolve("server.key").toString(),
				"-out", certificate().toString()));
		Files.setPosixFilePermissions(root.resolve("server.key"), PosixFilePermissions.fromString("rw-------"));
	}

	private void startServer() {
		run(pgCtl("start", "-w", "-t", "60", "-l", root.resolve("server.log").toString(), "-o", serverOptions()));
		running = true;
	}

	private String serverOptions() {
		return String.join(" ", "-p", Integer.toString(port), "-k", quoted(root.resolve("sockets")),
				"-c listen_addresses=127.0.0.1", "-c fsync=off", "-c max_connections=200", "-c ssl=on",
				"-c ssl_cert_file=" + quoted(certificate()), "-c ssl_key_file=" + quoted(root.resolve("server.key")));
	}

	private List<String> pgCtl(String... arguments) {
		List<String> command = new ArrayList<>(List.of(binaries.resolve("pg_ctl").toString(), "-D",
				dataDirectory().toString()));
		command.addAll(List.of(arguments));
		return asServerUser(command);
	}

	private Path dataDirectory() {
		return root.resolve("data");
	}

	private static List<String> asServerUser(List<String> command) {
		if (!isRoot()) {
			return command;
		}
		List<String> wrapped = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
		wrapped.addAll(command);
		return wrapped;
	}

	/**
	 * Runs a command with its output in a file, not a pipe: a server started by {@code pg_ctl} could otherwise
	 * hold the pipe open after {@code pg_ctl} ended.
	 */
	private void run(List<String> command) {
		run(command, null);
	}

	/** Runs a command, with {@code PGPASSWORD} in its environment when a password is given. */
	private void run(List<String> command, String password) {
		try {
			Path output = Files.createTempFile("advocacy-postgresql-command-", ".log");
			try {
				ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
						.redirectOutput(output.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
						.directory(root.toFile());
				if (password != null) {
					builder.environment().put("PGPASSWORD", password);
				}
				Process process = builder.start();
				if (!process.waitFor(COMMAND_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
					process.destroyForcibly();
					throw new IllegalStateException(command.get(0) + " did not finish within " + COMMAND_TIMEOUT_SECONDS
							+ " s: " + String.join(" ", command));
				}
				if (process.exitValue() != 0) {
					throw new IllegalStateException("Failed (exit " + process.exitValue() + "): "
							+ String.join(" ", command) + "\n" + Files.readString(output) + serverLog());
				}
			} finally {
				Files.deleteIfExists(output);
			}
		} catch (IOException e) {
			throw new UncheckedIOException("Could not run " + String.join(" ", command), e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while running " + String.join(" ", command), e);
		}
	}

	private String serverLog() {
		Path log = root.resolve("server.log");
		try {
			return Files.isReadable(log) ? "\nServer log:\n" + Files.readString(log) : "";
		} catch (IOException e) {
			return "";
		}
	}

	/**
	 * Finds {@code initdb} and {@code pg_ctl}: the system property {@value #BINARIES_PROPERTY}, else
	 * {@code pg_config --bindir}, else the newest {@code /usr/lib/postgresql/<major>/bin}.
	 */
	private static Path locateBinaries() {
		String configured = System.getProperty(BINARIES_PROPERTY);
		if (configured != null) {
			return requireServerBinaries(Path.of(configured));
		}
		Path fromPgConfig = pgConfigBinDir();
		if (fromPgConfig != null && Files.isExecutable(fromPgConfig.resolve("initdb"))) {
			return fromPgConfig;
		}
		Path debian = Path.of("/usr/lib/postgresql");
		if (Files.isDirectory(debian)) {
			try (Stream<Path> majors = Files.list(debian)) {
				Path newest = majors.map(major -> major.resolve("bin"))
						.filter(bin -> Files.isExecutable(bin.resolve("initdb")))
						.max(Comparator.comparing(bin -> majorVersion(bin.getParent()))).orElse(null);
				if (newest != null) {
					return newest;
				}
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		throw new IllegalStateException("No PostgreSQL server binaries (initdb, pg_ctl) found: install Debian's "
				+ "'postgresql' package (apt-get install postgresql) or set -D" + BINARIES_PROPERTY + "=<bin dir>");
	}

	private static Path requireServerBinaries(Path bin) {
		if (!Files.isExecutable(bin.resolve("initdb")) || !Files.isExecutable(bin.resolve("pg_ctl"))) {
			throw new IllegalStateException(bin + " does not contain the PostgreSQL server binaries initdb and pg_ctl");
		}
		return bin;
	}

	private static Path pgConfigBinDir() {
		try {
			Process process = new ProcessBuilder("pg_config", "--bindir").redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
			return process.waitFor() == 0 && !output.isEmpty() ? Path.of(output) : null;
		} catch (IOException e) {
			return null;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	private static int majorVersion(Path directory) {
		try {
			return Integer.parseInt(directory.getFileName().toString());
		} catch (NumberFormatException e) {
			return -1;
		}
	}

	private static boolean isRoot() {
		return "root".equals(System.getProperty("user.name"));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static String randomPassword() {
		byte[] bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	private static String quoted(Path path) {
		return "'" + path.toString().replace("'", "'\\''") + "'";
	}

	private static void deleteRecursively(Path directory) {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		} catch (IOException e) {
			System.err.println("Could not delete " + directory + ": " + e.getMessage());
		}
	}
}
