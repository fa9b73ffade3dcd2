package dev.atj.kernel.magic.maven;

import dev.atj.kernel.magic.MagicException;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The body of a %%loadFromPOM cell as a whole POM. IJava accepts a full {@code <project>}, or
 * only some of its parts: {@code <dependency>} elements, with or without {@code <dependencies>}
 * around them, and {@code <repositories>}, {@code <dependencyManagement>}, {@code <properties>}.
 */
final class PomFragment {
    private static final List<String> PROJECT_PARTS = List.of(
            "parent", "properties", "repositories", "dependencyManagement", "dependencies");

    private PomFragment() {
    }

    static String toPom(String body) throws MagicException {
        String xml = withoutDeclaration(body);
        if (xml.isBlank()) {
            throw new MagicException("The cell has no POM: put <dependency> elements, or a whole <project>, "
                    + "below %%loadFromPOM.");
        }
        // The wrapper starts on the body's first line, so the parser's line N is the body's line N.
        Element fragment = parse("<fragment>" + xml + "\n</fragment>").getDocumentElement();
        List<Element> parts = children(fragment);
        if (parts.size() == 1 && parts.get(0).getTagName().equals("project")) {
            return xml.strip();
        }
        Document pom = newDocument();
        Element project = pom.createElement("project");
        pom.appendChild(project);
        add(project, "modelVersion", "4.0.0");
        add(project, "groupId", "atj.notebook");
        add(project, "artifactId", "loadFromPOM-cell");
        add(project, "version", "0");
        Element dependencies = null;
        for (Element part : parts) {
            String tag = part.getTagName();
            if (tag.equals("dependency")) {
                if (dependencies == null) {
                    dependencies = pom.createElement("dependencies");
                    project.appendChild(dependencies);
                }
                dependencies.appendChild(pom.importNode(part, true));
            } else if (PROJECT_PARTS.contains(tag)) {
                project.appendChild(pom.importNode(part, true));
            } else {
                throw new MagicException("<" + tag + "> does not belong in a %%loadFromPOM cell: write <dependency> "
                        + "elements, or " + String.join(", ", PROJECT_PARTS.stream().map(t -> "<" + t + ">").toList())
                        + ", or a whole <project>.");
            }
        }
        return serialize(pom);
    }

    /** Drops {@code <?xml ...?>}, which may only start a document, keeping the line count. */
    private static String withoutDeclaration(String body) {
        int start = body.indexOf("<?xml");
        int end = body.indexOf("?>", start + 1);
        if (start < 0 || end < 0 || !body.substring(0, start).isBlank()) {
            return body;
        }
        return body.substring(0, start) + " ".repeat(end + 2 - start) + body.substring(end + 2);
    }

    private static Document parse(String xml) throws MagicException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            // The default handler also prints each error to stderr, which would land in the cell's output.
            builder.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                    // A warning does not stop Maven from reading a POM either.
                }

                @Override
                public void error(SAXParseException e) throws SAXParseException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXParseException {
                    throw e;
                }
            });
            return builder.parse(new InputSource(new StringReader(xml)));
        } catch (SAXParseException e) {
            // Line 1 of the body is line 2 of the cell, below %%loadFromPOM.
            throw new MagicException("The POM in the cell is not well-formed XML: line " + (e.getLineNumber() + 1)
                    + " of the cell, column " + e.getColumnNumber() + ": " + e.getMessage(), e);
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new MagicException("Cannot read the POM in the cell: " + e.getMessage(), e);
        }
    }

    private static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                elements.add(element);
            }
        }
        return elements;
    }

    private static Document newDocument() throws MagicException {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new MagicException("The JDK's XML parser is not available: " + e.getMessage(), e);
        }
    }

    private static void add(Element parent, String tag, String text) {
        Element element = parent.getOwnerDocument().createElement(tag);
        element.setTextContent(text);
        parent.appendChild(element);
    }

    private static String serialize(Document document) throws MagicException {
        try {
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new MagicException("Cannot write the POM for the cell: " + e.getMessage(), e);
        }
    }
}
