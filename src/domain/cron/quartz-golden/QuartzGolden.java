import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import org.quartz.CronExpression;

/**
 * Writes golden vectors for the cron engine from Quartz's own CronExpression.
 * Usage: java QuartzGolden corpus.txt out.json
 * Corpus lines: name | expression | IANA zone | start instant (ISO-8601); '#' starts a comment.
 */
public final class QuartzGolden {
  private static final int RUNS = 20;

  public static void main(String[] args) throws IOException {
    List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder();
    out.append("{\n  \"generator\": \"quartz-golden/QuartzGolden.java\",\n");
    out.append("  \"quartzMaxYear\": ").append(CronExpression.MAX_YEAR).append(",\n");
    out.append("  \"runsPerCase\": ").append(RUNS).append(",\n");
    out.append("  \"cases\": [\n");
    boolean first = true;
    for (String raw : lines) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) continue;
      String[] parts = line.split("\\|");
      if (parts.length != 4) throw new IllegalArgumentException("Bad corpus line: " + raw);
      String name = parts[0].strip();
      String expression = parts[1].strip();
      String zone = parts[2].strip();
      String start = parts[3].strip();
      if (!TimeZone.getTimeZone(zone).getID().equals(zone)) throw new IllegalArgumentException("Unknown zone: " + zone);

      if (!first) out.append(",\n");
      first = false;
      out.append("    {\"name\": ").append(quote(name));
      out.append(", \"expression\": ").append(quote(expression));
      out.append(", \"timeZone\": ").append(quote(zone));
      out.append(", \"after\": ").append(quote(start));
      try {
        CronExpression cron = new CronExpression(expression);
        cron.setTimeZone(TimeZone.getTimeZone(zone));
        List<String> runs = new ArrayList<>();
        Date after = Date.from(Instant.parse(start));
        for (int i = 0; i < RUNS; i++) {
          Date next = cron.getTimeAfter(after);
          if (next == null) break;
          runs.add(quote(next.toInstant().toString()));
          after = next;
        }
        out.append(", \"runs\": [").append(String.join(", ", runs)).append("]}");
      } catch (ParseException e) {
        out.append(", \"error\": ").append(quote(e.getMessage()));
        out.append(", \"errorOffset\": ").append(e.getErrorOffset()).append("}");
      } catch (RuntimeException e) {
        out.append(", \"error\": ").append(quote(e.toString())).append("}");
      }
    }
    out.append("\n  ]\n}\n");
    Files.writeString(Path.of(args[1]), out.toString(), StandardCharsets.UTF_8);
  }

  private static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') b.append('\\').append(c);
      else if (c == '\t') b.append("\\t");
      else if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
      else b.append(c);
    }
    return b.append('"').toString();
  }
}
