package uk.breachreport.core.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.SingleBody;
import org.apache.james.mime4j.dom.TextBody;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.message.DefaultMessageWriter;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.poi.hsmf.MAPIMessage;
import org.apache.poi.hsmf.datatypes.AttachmentChunks;
import org.apache.poi.hsmf.exceptions.ChunkNotFoundException;

/**
 * An email answer: its subject, its body (HTML where the sender wrote HTML, for its tables) and
 * its attachments, each one more answer of the same council. Read from an .eml with mime4j, which
 * undoes quoted-printable and base64 and the body's charset, or from an Outlook .msg with POI.
 *
 * @param html the body is HTML (else plain text)
 */
record Email(String subject, String body, boolean html, List<Part> attachments) {

  static Email eml(byte[] bytes) throws UnreadableFileException {
    DefaultMessageBuilder builder = new DefaultMessageBuilder();
    builder.setMimeEntityConfig(MimeConfig.PERMISSIVE);
    try {
      Message message = builder.parseMessage(new ByteArrayInputStream(bytes));
      Walk walk = new Walk();
      walk.entity(message, true);
      String body = walk.html != null ? walk.html : walk.plain == null ? "" : walk.plain;
      return new Email(message.getSubject() == null ? "" : message.getSubject(), body,
          walk.html != null, walk.parts);
    } catch (IOException | RuntimeException e) {
      throw UnreadableFileException.corrupt("email (.eml)", e);
    }
  }

  static Email msg(byte[] bytes) throws UnreadableFileException {
    try (MAPIMessage message = new MAPIMessage(new ByteArrayInputStream(bytes))) {
      String html = optional(() -> message.getHtmlBody());
      String plain = optional(() -> message.getTextBody());
      List<Part> parts = new ArrayList<>();
      int n = 0;
      for (AttachmentChunks attachment : message.getAttachmentFiles()) {
        n++;
        String name = attachment.getAttachLongFileName() != null
            ? attachment.getAttachLongFileName().getValue()
            : attachment.getAttachFileName() != null ? attachment.getAttachFileName().getValue()
            : "attachment " + n;
        byte[] data = attachment.getAttachData() == null ? null
            : attachment.getAttachData().getValue();
        if (data == null) {
          parts.add(new Part(safe(name), new byte[0],
              "an attachment with no data of its own (an embedded message or object): not read"));
        } else {
          String mime = attachment.getAttachMimeTag() == null ? ""
              : attachment.getAttachMimeTag().getValue();
          boolean inline = attachment.getAttachContentId() != null;
          parts.add(part(name, data, mime, inline));
        }
      }
      boolean isHtml = html != null && !html.isBlank();
      return new Email(optional(() -> message.getSubject()) == null ? ""
          : optional(() -> message.getSubject()), isHtml ? html : plain == null ? "" : plain,
          isHtml, parts);
    } catch (IOException | RuntimeException e) {
      throw UnreadableFileException.corrupt("Outlook message (.msg)", e);
    }
  }

  private interface Chunk {
    String get() throws ChunkNotFoundException;
  }

  private static String optional(Chunk chunk) {
    try {
      return chunk.get();
    } catch (ChunkNotFoundException e) {
      return null;
    }
  }

  /**
   * An image the email shows inline (a logo, a signature) is no answer; it is listed with that
   * reason rather than as an unsupported file.
   */
  private static Part part(String name, byte[] data, String mime, boolean inline) {
    boolean image = mime.toLowerCase(Locale.ROOT).startsWith("image/")
        || name.toLowerCase(Locale.ROOT).matches(".*\\.(png|jpe?g|gif|bmp|emf|wmf)$");
    return new Part(safe(name), data, inline && image
        ? "an image shown in the email's body (a logo or signature), not an answer" : null);
  }

  /** A name from a sender is a name, never a path. */
  static String safe(String name) {
    String base = name.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1).strip();
    return base.isEmpty() ? "attachment" : base;
  }

  /** The first plain and HTML text parts that are not attachments, and every attachment. */
  private static final class Walk {
    String plain;
    String html;
    final List<Part> parts = new ArrayList<>();

    void entity(Entity entity, boolean top) throws IOException {
      Body body = entity.getBody();
      String mime = entity.getMimeType() == null ? "" : entity.getMimeType().toLowerCase(Locale.ROOT);
      boolean attachment = "attachment".equalsIgnoreCase(entity.getDispositionType())
          || (!top && entity.getFilename() != null);
      if (body instanceof Multipart multipart) {
        for (Entity child : multipart.getBodyParts()) {
          entity(child, false);
        }
      } else if (body instanceof Message forwarded) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DefaultMessageWriter().writeMessage(forwarded, out);
        String subject = forwarded.getSubject() == null ? "forwarded" : forwarded.getSubject();
        parts.add(new Part(safe(subject.replace(':', '-')) + ".eml", out.toByteArray(), null));
      } else if (!attachment && body instanceof TextBody text && mime.equals("text/html")
          && html == null) {
        html = read(text);
      } else if (!attachment && body instanceof TextBody text
          && (mime.equals("text/plain") || mime.isEmpty()) && plain == null) {
        plain = read(text);
      } else if (body instanceof SingleBody single) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        single.writeTo(out); // decoded from base64 or quoted-printable
        String name = entity.getFilename() != null ? entity.getFilename()
            : "part " + (parts.size() + 1);
        boolean inline = "inline".equalsIgnoreCase(entity.getDispositionType())
            || entity.getHeader().getField("Content-ID") != null;
        parts.add(part(name, out.toByteArray(), mime, inline || !attachment));
      }
    }

    private static String read(TextBody text) throws IOException {
      try (Reader reader = text.getReader()) {
        StringBuilder out = new StringBuilder();
        char[] buffer = new char[8192];
        int n;
        while ((n = reader.read(buffer)) > 0) {
          out.append(buffer, 0, n);
        }
        return out.toString();
      }
    }
  }
}
