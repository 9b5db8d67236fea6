package ab;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * Lints in one JVM with several builds of figlint, each in a class loader of its own, their
 * passes taking turns: whatever slows the machine for a while weighs on every build alike.
 * Arguments: the classes of this harness, then the jars, the number of rounds, bytes and density.
 * The first third of the rounds warms up; medians and minimums of the others are printed, and
 * each build's median against the first's.
 */
public final class AB {
  public static void main(String[] args) throws Exception {
    Path harness = Path.of(args[0]);
    List<String> jars = List.of(args).subList(1, args.length - 3);
    int rounds = Integer.parseInt(args[args.length - 3]);
    long bytes = Long.parseLong(args[args.length - 2]);
    String density = args[args.length - 1];
    List<Supplier<Double>> builds = new ArrayList<>();
    for (String jar : jars) {
      URLClassLoader loader = new URLClassLoader(
          new URL[] {Path.of(jar).toUri().toURL(), harness.toUri().toURL()},
          ClassLoader.getPlatformClassLoader());
      @SuppressWarnings("unchecked")
      Supplier<Double> build = (Supplier<Double>) loader.loadClass("ab.Lint")
          .getConstructor(long.class, String.class).newInstance(bytes, density);
      builds.add(build);
    }
    List<List<Double>> times = new ArrayList<>();
    for (int i = 0; i < builds.size(); i++) {
      times.add(new ArrayList<>());
    }
    for (int round = 0; round < rounds; round++) {
      for (int i = 0; i < builds.size(); i++) {
        double ms = builds.get(i).get();
        if (round >= rounds / 3) {
          times.get(i).add(ms);
        }
      }
    }
    double first = 0;
    for (int i = 0; i < builds.size(); i++) {
      List<Double> t = times.get(i);
      Collections.sort(t);
      double median = t.get(t.size() / 2);
      if (i == 0) {
        first = median;
      }
      System.out.printf("%s: median %.1f ms a pass, min %.1f, %.3f of the first%n",
          jars.get(i), median, t.get(0), median / first);
    }
  }
}
