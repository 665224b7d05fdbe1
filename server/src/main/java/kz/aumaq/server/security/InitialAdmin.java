package kz.aumaq.server.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.Set;
import kz.aumaq.server.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The first administrator: on first start (no users at all) the user {@code admin} is created with
 * the password from {@code AUMAQ_ADMIN_PASSWORD}, or, when that is not set, a random one that is
 * logged once and written to {@code <data-dir>/initial-admin-password}, readable by the owner only.
 * There is no fixed default password anywhere.
 */
public class InitialAdmin {

    public static final String USERNAME = "admin";
    public static final String FILE = "initial-admin-password";
    private static final Logger log = LoggerFactory.getLogger(InitialAdmin.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final UserStore users;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;

    public InitialAdmin(UserStore users, PasswordEncoder encoder, AuditTrail audit) {
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
    }

    /** Creates the administrator when there are no users; {@code configured} null means "generate one". */
    public void ensure(String configured, Path dataDir) {
        if (users.count() > 0) return;
        String password = configured != null ? configured : generated();
        users.create(USERNAME, encoder.encode(password), Set.of(Role.ADMIN), null);
        audit.record("user.create", "user", USERNAME, null, java.util.Map.of("roles", "ADMIN", "initial", true));
        if (configured != null) {
            log.info("Created the administrator '{}' with the password from AUMAQ_ADMIN_PASSWORD", USERNAME);
            return;
        }
        Path file = dataDir.resolve(FILE);
        String where;
        try {
            write(file, password);
            where = "also in " + file.toAbsolutePath() + ", readable by this user only";
        } catch (RuntimeException e) {
            where = "it could not be written to " + file.toAbsolutePath() + ": " + e.getMessage();
        }
        log.warn("Created the administrator '{}' with the generated password {} ({}). Sign in and change it; this is the only "
                + "time it is logged.", USERNAME, password, where);
    }

    private static String generated() {
        SecureRandom random = new SecureRandom();
        StringBuilder b = new StringBuilder(20);
        for (int i = 0; i < 20; i++) b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        return b.toString();
    }

    /** Owner read/write only, set when the file is created (never briefly readable by others), where the file system knows POSIX permissions. */
    private static void write(Path file, String password) {
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
            if (posix) {
                Set<PosixFilePermission> ownerOnly = EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
                Files.createFile(file, PosixFilePermissions.asFileAttribute(ownerOnly));
                // The umask may have taken bits away, never added any; set them exactly anyway.
                Files.setPosixFilePermissions(file, ownerOnly);
            } else {
                Files.createFile(file);
                file.toFile().setReadable(false, false);
                file.toFile().setReadable(true, true);
                file.toFile().setWritable(true, true);
            }
            Files.writeString(file, password + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (FileAlreadyExistsException e) {
            throw new IllegalStateException("could not create " + file, e);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the initial administrator password to " + file, e);
        }
    }
}
