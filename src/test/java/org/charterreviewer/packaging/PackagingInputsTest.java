package org.charterreviewer.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.charterreviewer.ui.common.AppIcons;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Keeps the inputs of `mvn -Pdist package` sane, since the normal build never runs jpackage: every
 * file the argument files name exists, the Windows upgrade code never changes, and every icon is
 * the size its name says.
 */
class PackagingInputsTest {

    /** Windows upgrades an installed copy in place only while this stays the same. */
    private static final UUID WINDOWS_UPGRADE_UUID = UUID.fromString("3ca4bf9c-4907-49f5-b2f3-7690ad36cff2");

    private static final Path PACKAGING = Path.of("packaging");
    private static final Path ICONS = Path.of("icons");
    private static final List<Integer> ICON_SIZES = List.of(16, 24, 32, 48, 64, 128, 256, 512, 1024);

    /** Options whose value is a file or folder, relative to the project folder. */
    private static final List<String> PATH_OPTIONS = List.of("--icon", "--license-file", "--resource-dir",
            "--file-associations", "--mac-entitlements", "--add-launcher");

    /** The installer each OS builds (pom.xml, os-* profiles) and the icon format it needs. */
    private static final Map<String, String> INSTALLER_OF_OS = Map.of("linux", "deb", "windows", "msi", "mac", "dmg");
    private static final Map<String, String> ICON_FORMAT_OF_OS = Map.of("linux", ".png", "windows", ".ico", "mac", ".icns");

    @Test
    void everyOperatingSystemHasItsImageAndInstallerArguments() {
        assertThat(PACKAGING.resolve("jlink.args")).isRegularFile();
        assertThat(PACKAGING.resolve("metadata.args")).isRegularFile();
        assertThat(PACKAGING.resolve("launcher.args")).isRegularFile();
        assertThat(PACKAGING.resolve("cds/charter-reviewer.classlist")).isNotEmptyFile();
        INSTALLER_OF_OS.forEach((os, installer) -> {
            assertThat(PACKAGING.resolve(os).resolve("app-image.args")).isRegularFile();
            assertThat(PACKAGING.resolve(os).resolve(installer + ".args")).isRegularFile();
        });
    }

    @Test
    void everyFileTheArgumentFilesNameExists() throws IOException {
        List<String> checked = new ArrayList<>();
        for (Path argFile : argFiles()) {
            List<String> tokens = tokens(argFile);
            for (int i = 0; i < tokens.size() - 1; i++) {
                if (PATH_OPTIONS.contains(tokens.get(i))) {
                    String value = tokens.get(i + 1);
                    // --add-launcher name=file
                    Path file = Path.of(value.substring(value.indexOf('=') + 1));
                    assertThat(file).as("%s in %s", tokens.get(i), argFile).exists();
                    checked.add(value);
                }
            }
        }
        assertThat(checked).as("paths found in the argument files").hasSizeGreaterThanOrEqualTo(6);
    }

    @Test
    void eachOperatingSystemGetsTheIconFormatItUnderstands() throws IOException {
        for (Map.Entry<String, String> entry : ICON_FORMAT_OF_OS.entrySet()) {
            try (Stream<Path> files = Files.list(PACKAGING.resolve(entry.getKey()))) {
                for (Path argFile : files.filter(f -> f.toString().endsWith(".args")).toList()) {
                    assertThat(valuesOf(argFile, "--icon")).as("icons in %s", argFile)
                            .isNotEmpty().allSatisfy(icon -> assertThat(icon).endsWith(entry.getValue()));
                }
            }
        }
    }

    @Test
    void theWindowsUpgradeCodeIsTheFixedOne() throws IOException {
        List<String> values = valuesOf(PACKAGING.resolve("windows/msi.args"), "--win-upgrade-uuid");
        assertThat(values).hasSize(1);
        UUID uuid = UUID.fromString(values.get(0));
        assertThat(uuid.toString()).isEqualTo(values.get(0).toLowerCase(java.util.Locale.ROOT));
        assertThat(uuid).isEqualTo(WINDOWS_UPGRADE_UUID).isNotEqualTo(new UUID(0, 0));
    }

    @ParameterizedTest
    @ValueSource(ints = {16, 24, 32, 48, 64, 128, 256, 512, 1024})
    void everyIconIsTheSizeItsNameSays(int size) throws IOException {
        BufferedImage image = ImageIO.read(ICONS.resolve("charter-reviewer-" + size + ".png").toFile());
        assertThat(image.getWidth()).isEqualTo(size);
        assertThat(image.getHeight()).isEqualTo(size);
        assertThat(image.getColorModel().hasAlpha()).as("rounded corners need transparency").isTrue();
    }

    @Test
    void theWindowIconsOnTheClassPathAreTheSizesTheirNamesSay() throws IOException {
        assertThat(ICON_SIZES).containsAll(AppIcons.WINDOW_SIZES);
        for (int size : AppIcons.WINDOW_SIZES) {
            try (InputStream in = AppIcons.class.getResourceAsStream(
                    "/org/charterreviewer/ui/icons/charter-reviewer-" + size + ".png")) {
                assertThat(in).as("class-path icon of %d px", size).isNotNull();
                BufferedImage image = ImageIO.read(in);
                assertThat(image.getWidth()).isEqualTo(size);
                assertThat(image.getHeight()).isEqualTo(size);
            }
        }
    }

    @Test
    void theWindowsAndMacIconFilesAreWhatTheirExtensionsSay() throws IOException {
        byte[] ico = Files.readAllBytes(ICONS.resolve("charter-reviewer.ico"));
        // ICONDIR: reserved 0, type 1 (icon), then the number of images.
        assertThat(new byte[] {ico[0], ico[1], ico[2], ico[3]}).containsExactly(0, 0, 1, 0);
        assertThat(ico[4] & 0xff).as("sizes in the .ico").isGreaterThanOrEqualTo(6);
        byte[] icns = Files.readAllBytes(ICONS.resolve("charter-reviewer.icns"));
        assertThat(new String(icns, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("icns");
        assertThat(ICONS.resolve("charter-reviewer.svg")).isNotEmptyFile();
        assertThat(ICONS.resolve("build-icons.sh")).isExecutable();
    }

    private static List<Path> argFiles() throws IOException {
        try (Stream<Path> files = Files.walk(PACKAGING)) {
            List<Path> found = files.filter(f -> f.toString().endsWith(".args")).sorted().toList();
            assertThat(found).hasSizeGreaterThanOrEqualTo(9);
            return found;
        }
    }

    private static List<String> valuesOf(Path argFile, String option) throws IOException {
        List<String> tokens = tokens(argFile);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < tokens.size() - 1; i++) {
            if (tokens.get(i).equals(option)) {
                values.add(tokens.get(i + 1));
            }
        }
        return values;
    }

    /** The arguments of a jlink/jpackage @file: "#" lines are comments, "..." groups words. */
    private static List<String> tokens(Path argFile) throws IOException {
        Pattern token = Pattern.compile("\"([^\"]*)\"|(\\S+)");
        List<String> tokens = new ArrayList<>();
        for (String line : Files.readAllLines(argFile, StandardCharsets.UTF_8)) {
            if (line.strip().startsWith("#")) {
                continue;
            }
            Matcher matcher = token.matcher(line);
            while (matcher.find()) {
                tokens.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
            }
        }
        return tokens;
    }
}
