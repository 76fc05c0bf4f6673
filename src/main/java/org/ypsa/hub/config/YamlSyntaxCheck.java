package org.ypsa.hub.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Before Spring reads any configuration, parses every YAML file in config/, config/forms/ and routes/ so that a syntax
 * mistake stops the hub with the file's name, its line and what the parser expected (SnakeYAML on its own
 * names only "reader").
 */
public class YamlSyntaxCheck implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        String config = env.getProperty("HUB_CONFIG_DIR", "config");
        String routes = env.getProperty("HUB_ROUTES_DIR", "routes");
        String forms = env.getProperty("HUB_FORMS_DIR", "config/forms");
        for (String dir : List.of(config, routes, forms)) {
            Path d = Path.of(dir);
            if (!Files.isDirectory(d)) {
                continue;
            }
            try (Stream<Path> files = Files.list(d)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml")).sorted()
                        .toList()) {
                    check(f);
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + d, e);
            }
        }
    }

    public static void check(Path file) {
        try (Reader r = Files.newBufferedReader(file)) {
            for (Object ignored : new Yaml().loadAll(r)) {
                // parsing is the check
            }
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0;
            int column = e.getProblemMark() != null ? e.getProblemMark().getColumn() + 1 : 0;
            throw new IllegalStateException(file + ":" + line + ":" + column + ": the YAML does not parse: "
                    + e.getProblem() + (e.getContext() != null ? " (" + e.getContext() + ")" : ""), e);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
