package org.tuodi.server.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tuodi.core.assistance.Measure;
import org.tuodi.core.assistance.RecommendationStatus;
import org.tuodi.core.casework.CaseAction;
import org.tuodi.core.casework.CaseStatus;
import org.tuodi.core.casework.DisposalOutcome;
import org.tuodi.core.casework.OverdueKind;
import org.tuodi.core.event.Source;
import org.tuodi.core.household.LaborCapacity;
import org.tuodi.core.household.LowIncomeCategory;
import org.tuodi.core.household.Relation;
import org.tuodi.core.household.Residence;
import org.tuodi.core.region.RegionLevel;
import org.tuodi.core.rules.AlertLevel;
import org.tuodi.core.rules.Dimension;
import org.tuodi.server.dashboard.Granularity;
import org.tuodi.server.platform.Role;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The build fails when the web interface would show untranslated text (style.md §6, after
 * petclinic's I18nPropertiesSyncTest): a template with literal text or a literal human-readable
 * attribute, a message key used in a template or in a {@code ui} package's code that one of the
 * bundles lacks, or a key that is only in one of the two bundles. Templates are kept well-formed
 * XML so that they can be read here.
 */
class MessageBundlesTests {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path TEMPLATES = RESOURCES.resolve("templates");
    private static final Path JAVA = Path.of("src/main/java");

    /** Attributes that a person reads (or hears): never literal. */
    private static final Set<String> READ_ATTRIBUTES =
            Set.of("placeholder", "title", "alt", "aria-label", "label", "value");

    /** Keys built in templates as {@code #{'prefix' + ${…}}}: every value the prefix can take. */
    private static final Map<String, List<String>> DYNAMIC_PREFIXES =
            Map.ofEntries(
                    Map.entry("enum.Role.", names(Role.class)),
                    Map.entry("enum.CaseStatus.", names(CaseStatus.class)),
                    Map.entry("enum.AlertLevel.", names(AlertLevel.class)),
                    Map.entry("enum.DisposalOutcome.", names(DisposalOutcome.class)),
                    Map.entry("enum.OverdueKind.", names(OverdueKind.class)),
                    Map.entry("enum.Measure.", names(Measure.class)),
                    Map.entry("enum.RecommendationStatus.", names(RecommendationStatus.class)),
                    Map.entry("enum.Dimension.", names(Dimension.class)),
                    Map.entry("enum.Source.", names(Source.class)),
                    Map.entry("enum.LowIncomeCategory.", names(LowIncomeCategory.class)),
                    Map.entry("enum.Relation.", names(Relation.class)),
                    Map.entry("enum.Residence.", names(Residence.class)),
                    Map.entry("enum.LaborCapacity.", names(LaborCapacity.class)),
                    Map.entry("enum.RegionLevel.", names(RegionLevel.class)),
                    Map.entry("enum.Granularity.", names(Granularity.class)),
                    Map.entry("enum.EventType.", names(org.tuodi.core.event.EventType.class)),
                    Map.entry("enum.EventField.", names(org.tuodi.core.event.EventField.class)),
                    Map.entry(
                            "cases.sort.",
                            names(org.tuodi.server.alerting.internal.JdbcCaseSearch.Order.class)),
                    Map.entry("cases.stage.", List.of("VISITED", "HELPED")),
                    Map.entry(
                            "case.done.",
                            List.of(
                                    "ASSIGN",
                                    "DISPOSE",
                                    "NO_ASSISTANCE_NEEDED",
                                    "COUNTY_DECISION",
                                    "REFERRAL_FEEDBACK",
                                    "CLOSE")),
                    Map.entry(
                            "policy.",
                            org.tuodi.core.assistance.AssistancePolicies.all().stream()
                                    .map(org.tuodi.core.assistance.AssistancePolicy::name)
                                    .toList()),
                    Map.entry("enum.AlertDecision.", List.of("RAISE", "ESCALATE", "ADD_EVIDENCE")),
                    Map.entry("history.action.", historyActions()));

    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z0-9_.\\-]+");
    private static final Pattern KEY_WITH_ARGUMENTS =
            Pattern.compile("([A-Za-z0-9_.\\-]+)\\(.*\\)");
    private static final Pattern PREFIXED_KEY = Pattern.compile("'([A-Za-z0-9_.\\-]+)'\\s*\\+.*");
    private static final Pattern JAVA_KEY_LITERAL =
            Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)+)\"");

    static Properties zh;
    static Properties en;

    @BeforeAll
    static void loadBundles() throws IOException {
        zh = bundle("messages.properties");
        en = bundle("messages_en.properties");
    }

    @Test
    void bothBundlesHaveTheSameKeys() {
        Set<String> onlyZh = new TreeSet<>(zh.stringPropertyNames());
        onlyZh.removeAll(en.stringPropertyNames());
        Set<String> onlyEn = new TreeSet<>(en.stringPropertyNames());
        onlyEn.removeAll(zh.stringPropertyNames());

        assertThat(onlyZh).as("keys only in messages.properties").isEmpty();
        assertThat(onlyEn).as("keys only in messages_en.properties").isEmpty();
    }

    @Test
    void noMessageIsEmpty() {
        List<String> empty = new ArrayList<>();
        for (Properties bundle : List.of(zh, en)) {
            bundle.stringPropertyNames().stream()
                    .filter(k -> bundle.getProperty(k).isBlank())
                    .forEach(empty::add);
        }
        assertThat(empty).as("keys with an empty message").isEmpty();
    }

    @Test
    void templatesHoldNoLiteralText() throws Exception {
        List<String> literals = new ArrayList<>();
        for (Path template : templates()) {
            Element root = parse(template).getDocumentElement();
            collectLiterals(root, TEMPLATES.relativize(template).toString(), literals);
        }
        assertThat(literals).as("literal text in templates (use #{…} keys)").isEmpty();
    }

    @Test
    void everyKeyATemplateUsesIsInBothBundles() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            String text = Files.readString(template, StandardCharsets.UTF_8);
            for (String expression : messageExpressions(text)) {
                for (String key : keysOf(expression, template)) {
                    requireKey(key, TEMPLATES.relativize(template).toString(), missing);
                }
            }
        }
        assertThat(missing).as("message keys missing from a bundle").isEmpty();
    }

    @Test
    void everyKeyTheUiCodeUsesIsInBothBundles() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path source : uiSources()) {
            String text = Files.readString(source, StandardCharsets.UTF_8);
            Matcher m = JAVA_KEY_LITERAL.matcher(text);
            while (m.find()) {
                requireKey(m.group(1), JAVA.relativize(source).toString(), missing);
            }
        }
        assertThat(missing).as("message keys of ui code missing from a bundle").isEmpty();
    }

    /** The insides of every {@code #{…}} of the text, nested braces included. */
    static List<String> messageExpressions(String text) {
        List<String> expressions = new ArrayList<>();
        int start = text.indexOf("#{");
        while (start >= 0) {
            int depth = 1;
            int i = start + 2;
            while (i < text.length() && depth > 0) {
                char c = text.charAt(i);
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                i++;
            }
            expressions.add(text.substring(start + 2, i - 1).strip());
            start = text.indexOf("#{", start + 2); // nested expressions are read too
        }
        return expressions;
    }

    private static List<String> keysOf(String expression, Path template) {
        if (PLAIN_KEY.matcher(expression).matches()) {
            return List.of(expression);
        }
        Matcher withArguments = KEY_WITH_ARGUMENTS.matcher(expression);
        if (withArguments.matches()) {
            return List.of(withArguments.group(1));
        }
        Matcher prefixed = PREFIXED_KEY.matcher(expression);
        if (prefixed.matches()) {
            String prefix = prefixed.group(1);
            List<String> values = DYNAMIC_PREFIXES.get(prefix);
            if (values == null) {
                throw new AssertionError(
                        template
                                + ": #{'"
                                + prefix
                                + "' + …} has no known values; add the prefix"
                                + " to MessageBundlesTests.DYNAMIC_PREFIXES");
            }
            return values.stream().map(v -> prefix + v).toList();
        }
        if (expression.startsWith("${")) {
            return List.of(); // a key chosen in code: the code's literals are checked
        }
        throw new AssertionError(
                template + ": message expression not understood: #{" + expression + "}");
    }

    private static void requireKey(String key, String where, List<String> missing) {
        if (!zh.containsKey(key)) {
            missing.add(where + ": " + key + " (messages.properties)");
        }
        if (!en.containsKey(key)) {
            missing.add(where + ": " + key + " (messages_en.properties)");
        }
    }

    private static void collectLiterals(Node node, String where, List<String> literals) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE
                    || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                String text = child.getNodeValue().strip();
                if (hasLetter(text)) {
                    literals.add(where + ": text '" + text + "'");
                }
            } else if (child.getNodeType() == Node.ELEMENT_NODE) {
                Element element = (Element) child;
                NamedNodeMap attributes = element.getAttributes();
                for (int i = 0; i < attributes.getLength(); i++) {
                    Node a = attributes.item(i);
                    if (isRead(element, a.getNodeName()) && hasLetter(a.getNodeValue())) {
                        literals.add(
                                where + ": " + a.getNodeName() + "='" + a.getNodeValue() + "'");
                    }
                }
                collectLiterals(element, where, literals);
            }
        }
    }

    /** A value is read only on buttons; a checkbox's {@code value="true"} is data. */
    private static boolean isRead(Element element, String attribute) {
        if (attribute.equals("value")) {
            return Set.of("submit", "button", "reset").contains(element.getAttribute("type"));
        }
        return READ_ATTRIBUTES.contains(attribute);
    }

    private static boolean hasLetter(String text) {
        return text.codePoints().anyMatch(Character::isLetter);
    }

    private static org.w3c.dom.Document parse(Path template) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setNamespaceAware(false);
        try {
            return factory.newDocumentBuilder().parse(template.toFile());
        } catch (org.xml.sax.SAXParseException e) {
            throw new AssertionError(
                    template
                            + " is not well-formed XML at line "
                            + e.getLineNumber()
                            + ": "
                            + e.getMessage(),
                    e);
        }
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static List<Path> uiSources() throws IOException {
        try (Stream<Path> files = Files.walk(JAVA)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> f.getParent().getFileName().toString().equals("ui"))
                    .sorted()
                    .toList();
        }
    }

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (Reader reader =
                Files.newBufferedReader(RESOURCES.resolve(name), StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        return p;
    }

    private static List<String> names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }

    private static List<String> historyActions() {
        List<String> actions = new ArrayList<>(names(CaseAction.class));
        actions.addAll(
                List.of(
                        "PHOTO",
                        "REFERRAL_FEEDBACK",
                        "ADD_EVIDENCE",
                        "MARK_OVERDUE",
                        "ESCALATE_OVERSIGHT"));
        return actions;
    }
}
