package org.figlint.cli;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import org.figlint.document.DocumentLoader;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** How documents are read: their encoding, and the name of standard input. */
final class InputOptions {
  @Option(names = "--encoding", paramLabel = "NAME", defaultValue = "UTF-8",
      converter = CharsetName.class,
      description = "Encoding of the documents without BOM (default: ${DEFAULT-VALUE}; a BOM wins).")
  Charset encoding;

  @Option(names = "--stdin-filename", paramLabel = "NAME",
      description = "Path shown for -, whose extension gives its format (.md, .html, .txt).")
  String stdinFilename;

  Inputs inputs(InputStream stdin) {
    return new Inputs(new DocumentLoader(encoding), stdin, stdinFilename);
  }

  Inputs inputs(InputStream stdin, org.figlint.files.Walker walker) {
    return new Inputs(new DocumentLoader(encoding), stdin, stdinFilename, walker);
  }

  static final class CharsetName implements ITypeConverter<Charset> {
    @Override
    public Charset convert(String name) {
      try {
        return Charset.forName(name);
      } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
        throw new TypeConversionException("unknown encoding '" + name + "'");
      }
    }
  }
}
