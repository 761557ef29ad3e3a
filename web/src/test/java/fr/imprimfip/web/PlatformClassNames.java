package fr.imprimfip.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import fr.imprimfip.batch.JobRuns;
import fr.imprimfip.shared.Refusal;
import fr.imprimfip.web.errors.ApiExceptionMapper;

/** The names of the classes defined under fr.imprimfip in the compiled ejb, batch and web modules, for rule tests. */
public final class PlatformClassNames {

    private PlatformClassNames() {
    }

    public static Set<String> all() {
        Set<String> names = new TreeSet<>();
        for (Class<?> anchor : List.of(Refusal.class, JobRuns.class, ApiExceptionMapper.class)) {
            try {
                Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
                if (Files.isDirectory(location)) {
                    names.addAll(under(location));
                } else {
                    try (FileSystem jar = FileSystems.newFileSystem(location)) {
                        names.addAll(under(jar.getPath("/")));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return names;
    }

    private static List<String> under(Path root) throws IOException {
        Path platform = root.resolve("fr/imprimfip");
        if (!Files.isDirectory(platform)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(platform)) {
            return files.map(root::relativize).map(Path::toString).filter(path -> path.endsWith(".class"))
                    .filter(path -> !path.endsWith("package-info.class") && !path.endsWith("module-info.class"))
                    .map(path -> path.substring(0, path.length() - ".class".length()).replace('/', '.'))
                    .toList();
        }
    }
}
