#include "core/open311/open311reader.h"

#include "core/domain/error.h"
#include "core/json/jsontext.h"
#include "core/open311/open311status.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamReader>
#include <cmath>

namespace civicdesk::core::open311reader {

namespace {

// XML objects carry the line of their start tag under this key, for error messages.
const QString kLineKey = QStringLiteral("\x01line");
constexpr int kMaxDepth = 64;

using Kind = Open311Document::Kind;

// Everything below reads one generic tree (QJsonValue), whether it came from JSON or XML, so
// the lenient rules live in one place.
class TreeReader
{
public:
    explicit TreeReader(QString source) : m_source(std::move(source)) {}

    [[noreturn]] void fail(const QString &where, const QString &field, const QString &message) const
    {
        throw Error(QStringLiteral("%1: %2: %3: %4").arg(m_source, where, field, message), {{field, message}});
    }

    static QString where(const QJsonObject &o, const QString &path)
    {
        const QJsonValue line = o.value(kLineKey);
        return line.isDouble() ? QCoreApplication::translate("Open311Reader", "line %1").arg(line.toInt()) : path;
    }

    // Numbers become strings: ids and codes are names, never arithmetic.
    static QString text(const QJsonValue &v)
    {
        switch (v.type()) {
        case QJsonValue::String:
            return v.toString().trimmed();
        case QJsonValue::Double: {
            const double d = v.toDouble();
            if (std::floor(d) == d && std::fabs(d) < 9.0e15)
                return QString::number(static_cast<qint64>(d));
            return QString::number(d, 'g', QLocale::FloatingPointShortest);
        }
        case QJsonValue::Bool:
            return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        default:
            return {};
        }
    }

    static QString text(const QJsonObject &o, const char *key) { return text(o.value(QLatin1String(key))); }

    QString required(const QJsonObject &o, const char *key, const QString &at) const
    {
        const QString value = text(o, key);
        if (value.isEmpty())
            fail(at, QLatin1String(key), QCoreApplication::translate("Open311Reader", "is required"));
        return value;
    }

    // A list in either shape: a JSON array, one XML child (an object) or repeated children.
    static QJsonArray list(const QJsonValue &v)
    {
        if (v.isArray())
            return v.toArray();
        if (v.isObject() || v.isString())
            return QJsonArray{v};
        return {};
    }

    // The items of an XML wrapper (<values><value/>...</values>) or a JSON array.
    static QJsonArray items(const QJsonValue &v, const char *itemName)
    {
        if (v.isArray())
            return v.toArray();
        return list(v.toObject().value(QLatin1String(itemName)));
    }

    bool boolean(const QJsonObject &o, const char *key, bool fallback, const QString &where) const
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isBool())
            return v.toBool();
        if (v.isNull() || v.isUndefined())
            return fallback;
        const QString t = text(v).toLower();
        if (t == QLatin1String("true") || t == QLatin1String("1") || t == QLatin1String("yes"))
            return true;
        if (t == QLatin1String("false") || t == QLatin1String("0") || t == QLatin1String("no") || t.isEmpty())
            return false;
        fail(where, QLatin1String(key), QCoreApplication::translate("Open311Reader", "\"%1\" is not true or false").arg(t));
    }

    std::optional<double> number(const QJsonObject &o, const char *key) const
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isDouble())
            return v.toDouble();
        bool ok = false;
        const double d = text(v).toDouble(&ok);
        return ok && std::isfinite(d) ? std::optional<double>(d) : std::nullopt;
    }

    Service service(const QJsonObject &o, const QString &path) const
    {
        const QString at = where(o, path);
        Service s;
        s.code = required(o, "service_code", at);
        s.name = text(o, "service_name");
        if (s.name.isEmpty())
            s.name = s.code;
        s.description = text(o, "description");
        // Some cities' lists (DC's among them) keep the full resident-facing text in
        // long_external_description and only a line, or nothing, in description.
        const QString longer = text(o, "long_external_description");
        if (longer.size() > s.description.size())
            s.description = longer;
        s.group = text(o, "group");
        const QJsonValue keywords = o.value(QLatin1String("keywords"));
        const QStringList words = keywords.isArray() ? QStringList() : text(keywords).split(u',', Qt::SkipEmptyParts);
        for (const QString &w : words) {
            if (!w.trimmed().isEmpty())
                s.keywords.append(w.trimmed());
        }
        for (const QJsonValue &w : keywords.toArray())
            s.keywords.append(text(w));
        const QString type = text(o, "type").toLower();
        if (!type.isEmpty()) {
            if (type != QLatin1String("realtime") && type != QLatin1String("batch") && type != QLatin1String("blackbox"))
                fail(at, QStringLiteral("type"), QCoreApplication::translate("Open311Reader", "\"%1\" is not realtime, batch or blackbox").arg(type));
            s.type = type;
        }
        boolean(o, "metadata", false, at); // checked, not stored: metadata follows the attributes
        return s;
    }

    ServiceAttribute attribute(const QJsonObject &o, const QString &path) const
    {
        const QString at = where(o, path);
        ServiceAttribute a;
        a.code = required(o, "code", at);
        const QString datatype = text(o, "datatype").toLower();
        const auto type = attributedatatype::fromKey(datatype);
        if (!type)
            fail(at, QStringLiteral("datatype"),
                 QCoreApplication::translate("Open311Reader", "unknown datatype \"%1\" (expected string, number, datetime, text, singlevaluelist or "
                    "multivaluelist)")
                     .arg(datatype));
        a.datatype = *type;
        a.variable = boolean(o, "variable", true, at);
        a.required = boolean(o, "required", false, at);
        a.order = text(o, "order").toInt();
        a.description = text(o, "description");
        a.datatypeDescription = text(o, "datatype_description");
        const QJsonArray values = items(o.value(QLatin1String("values")), "value");
        for (qsizetype i = 0; i < values.size(); ++i) {
            const QJsonObject v = values.at(i).toObject();
            AttributeValue value{text(v, "key"), text(v, "name")};
            if (value.key.isEmpty())
                fail(where(v, QStringLiteral("%1.values[%2]").arg(path).arg(i)), QStringLiteral("key"), QCoreApplication::translate("Open311Reader", "is required"));
            if (value.name.isEmpty())
                value.name = value.key;
            a.values.append(value);
        }
        return a;
    }

    Service definition(const QJsonObject &o) const
    {
        const QString at = where(o, QStringLiteral("service_definition"));
        Service s;
        s.code = required(o, "service_code", at);
        s.name = s.code;
        // Some servers (San Francisco's reference) leave out the <attributes> wrapper.
        const QJsonArray attrs = o.contains(QLatin1String("attributes")) ? items(o.value(QLatin1String("attributes")), "attribute")
                                                                          : list(o.value(QLatin1String("attribute")));
        for (qsizetype i = 0; i < attrs.size(); ++i)
            s.attributes.append(attribute(attrs.at(i).toObject(), QStringLiteral("attributes[%1]").arg(i)));
        std::stable_sort(s.attributes.begin(), s.attributes.end(),
                         [](const ServiceAttribute &a, const ServiceAttribute &b) { return a.order < b.order; });
        return s;
    }

    QDateTime dateTime(const QJsonObject &o, const char *key, const QString &at) const
    {
        const QString t = text(o, key);
        if (t.isEmpty())
            return {};
        QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
        if (!dt.isValid())
            throw Problem{at, QCoreApplication::translate("Open311Reader", "%1: \"%2\" is not an ISO 8601 date and time").arg(QLatin1String(key), t)};
        return dt.toUTC();
    }

    // Throws Problem for what makes this one request unusable.
    Ticket request(const QJsonObject &o, const QString &path) const
    {
        const QString at = where(o, path);
        Ticket t;
        t.referenceNumber = text(o, "service_request_id");
        if (t.referenceNumber.isEmpty())
            throw Problem{at, QCoreApplication::translate("Open311Reader", "service_request_id: is required")};
        t.serviceCode = text(o, "service_code");
        if (t.serviceCode.isEmpty())
            throw Problem{at, QCoreApplication::translate("Open311Reader", "service_code: is required")};
        t.statusNotes = text(o, "status_notes");
        const QString status = text(o, "status");
        const auto parsed = open311status::read(status, t.statusNotes);
        if (!parsed)
            throw Problem{at, QCoreApplication::translate("Open311Reader", "status: \"%1\" is not open or closed").arg(status)};
        t.status = *parsed;
        t.serviceName = text(o, "service_name");
        t.description = text(o, "description");
        t.agencyResponsible = text(o, "agency_responsible");
        t.serviceNotice = text(o, "service_notice");
        t.requestedAt = dateTime(o, "requested_datetime", at);
        if (!t.requestedAt.isValid())
            throw Problem{at, QCoreApplication::translate("Open311Reader", "requested_datetime: is required")};
        t.updatedAt = dateTime(o, "updated_datetime", at);
        t.expectedAt = dateTime(o, "expected_datetime", at);
        t.address = text(o, "address");
        t.addressId = text(o, "address_id");
        t.zipcode = text(o, "zipcode");
        t.mediaUrl = text(o, "media_url");
        const auto lat = number(o, "lat");
        const auto lon = number(o, "long");
        // 0.0/0.0 is how many servers say "no location"; it is in the Gulf of Guinea.
        if (lat && lon && !(*lat == 0.0 && *lon == 0.0)) {
            t.latitude = lat;
            t.longitude = lon;
        }
        t.channel = Channel::Web; // it came through the API unless the extensions say otherwise
        const QJsonObject ext = o.value(QLatin1String("extended_attributes")).toObject();
        if (!ext.isEmpty())
            readExtensions(t, ext, o, at);
        if (t.id.isNull()) {
            t.id = Open311Document::importedTicketId(t.referenceNumber);
        }
        return t;
    }

    void readExtensions(Ticket &t, const QJsonObject &ext, const QJsonObject &o, const QString &at) const
    {
        if (const QString id = text(ext, "id"); !id.isEmpty())
            t.id = QUuid::fromString(id);
        if (const QString c = text(ext, "channel"); !c.isEmpty()) {
            const auto ch = channel::fromKey(c);
            if (!ch)
                throw Problem{at, QCoreApplication::translate("Open311Reader", "extended_attributes.channel: unknown channel \"%1\"").arg(c)};
            t.channel = *ch;
        }
        if (const QString s = text(ext, "status"); !s.isEmpty()) {
            const auto st = ticketstatus::fromKey(s);
            if (!st)
                throw Problem{at, QCoreApplication::translate("Open311Reader", "extended_attributes.status: unknown status \"%1\"").arg(s)};
            t.status = *st; // the exact status; status_notes was already read (and a bare status name consumed)
        }
        t.district = text(ext, "district");
        if (const QString p = text(ext, "priority"); !p.isEmpty()) {
            const auto pr = priority::fromKey(p);
            if (!pr)
                throw Problem{at, QCoreApplication::translate("Open311Reader", "extended_attributes.priority: unknown priority \"%1\"").arg(p)};
            t.priority = *pr;
        }
        const QJsonObject answers = ext.value(QLatin1String("attributes")).toObject();
        if (answers.contains(QLatin1String("attribute"))) { // XML: <attribute><code/><value/>...</attribute>
            for (const QJsonValue &v : list(answers.value(QLatin1String("attribute")))) {
                QStringList values;
                for (const QJsonValue &x : list(v.toObject().value(QLatin1String("value"))))
                    values.append(text(x));
                t.attributes.insert(text(v.toObject(), "code"), values);
            }
        } else {
            for (auto it = answers.constBegin(); it != answers.constEnd(); ++it) {
                QStringList values;
                for (const QJsonValue &x : list(it.value()))
                    values.append(text(x));
                if (it.key() != kLineKey)
                    t.attributes.insert(it.key(), values);
            }
        }
        if (const QString d = text(ext, "duplicate_of"); !d.isEmpty())
            t.duplicateOf = QUuid::fromString(d);
        const QJsonArray notes = items(o.value(QLatin1String("notes")), "note");
        for (const QJsonValue &v : notes) {
            const QJsonObject n = v.toObject();
            Note note;
            note.id = QUuid::fromString(text(n, "id"));
            if (note.id.isNull())
                note.id = QUuid::createUuid();
            note.createdAt = dateTime(n, "datetime", at);
            note.author = text(n, "author");
            note.text = text(n, "text");
            t.notes.append(note);
        }
    }

    Result document(const QJsonValue &root, const QString &rootName, std::optional<Kind> expected) const
    {
        Result r;
        Open311Document &d = r.document;
        const QJsonObject o = root.toObject();
        QJsonArray array;
        if (rootName == QLatin1String("services")) {
            d.kind = Kind::Services;
            array = items(root, "service");
        } else if (rootName == QLatin1String("service_definition")) {
            d.kind = Kind::ServiceDefinition;
        } else if (rootName == QLatin1String("service_requests") || rootName == QLatin1String("requests")) {
            array = items(root, "request");
            d.kind = detectArrayKind(array, expected.value_or(Kind::Requests));
        } else if (rootName == QLatin1String("errors") || rootName == QLatin1String("error")) {
            d.kind = Kind::Errors;
            array = root.isString() ? QJsonArray{QJsonObject{{QStringLiteral("description"), root}}} : items(root, "error");
        } else if (rootName == QLatin1String("discovery")) {
            d.kind = Kind::Discovery;
        } else if (rootName.isEmpty() && root.isArray()) {
            array = root.toArray();
            d.kind = detectArrayKind(array, expected.value_or(Kind::Requests));
        } else if (rootName.isEmpty() && o.contains(QLatin1String("endpoints"))) {
            d.kind = Kind::Discovery;
        } else if (rootName.isEmpty() && (o.contains(QLatin1String("attributes")) || o.contains(QLatin1String("service_code")))) {
            d.kind = Kind::ServiceDefinition;
        } else {
            throw Error(QCoreApplication::translate("Open311Reader", "%1: not an Open311 document (expected services, service_definition, service_requests, "
                           "errors or discovery%2)")
                            .arg(m_source, rootName.isEmpty() ? QString() : QCoreApplication::translate("Open311Reader", "; the root is <%1>").arg(rootName)));
        }

        switch (d.kind) {
        case Kind::Services:
            for (qsizetype i = 0; i < array.size(); ++i) {
                Service s = service(array.at(i).toObject(), QStringLiteral("[%1]").arg(i));
                d.services.append(std::move(s));
            }
            break;
        case Kind::ServiceDefinition:
            d.services.append(definition(o));
            break;
        case Kind::Requests:
            for (qsizetype i = 0; i < array.size(); ++i) {
                try {
                    d.requests.append(request(array.at(i).toObject(), QStringLiteral("[%1]").arg(i)));
                } catch (const Problem &p) {
                    r.skipped.append(p);
                }
            }
            break;
        case Kind::RequestReplies:
            for (const QJsonValue &v : array) {
                const QJsonObject item = v.toObject();
                d.replies.append({text(item, "service_request_id"), text(item, "token"), text(item, "service_notice"),
                                  text(item, "account_id")});
            }
            break;
        case Kind::Errors:
            for (const QJsonValue &v : array) {
                const QJsonObject item = v.toObject();
                d.errors.append({text(item, "code"), text(item, "description")});
            }
            break;
        case Kind::Discovery:
            d.changeset = text(o, "changeset");
            d.contact = text(o, "contact");
            d.keyService = text(o, "key_service");
            for (const QJsonValue &v : items(o.value(QLatin1String("endpoints")), "endpoint")) {
                const QJsonObject e = v.toObject();
                Open311Endpoint endpoint{text(e, "specification"), text(e, "url"), text(e, "changeset"), text(e, "type"), {}};
                for (const QJsonValue &f : items(e.value(QLatin1String("formats")), "format"))
                    endpoint.formats.append(text(f));
                d.endpoints.append(endpoint);
            }
            break;
        }
        return r;
    }

    static Kind detectArrayKind(const QJsonArray &array, Kind fallback)
    {
        if (array.isEmpty())
            return fallback;
        const QJsonObject first = array.first().toObject();
        auto has = [&](const char *key) { return first.contains(QLatin1String(key)); };
        if (has("service_request_id") || has("token")) {
            if (has("status") || has("service_code") || has("requested_datetime"))
                return Kind::Requests;
            return Kind::RequestReplies;
        }
        if (has("service_code"))
            return Kind::Services;
        if (has("code") || has("description"))
            return Kind::Errors;
        return fallback;
    }

private:
    QString m_source;
};

// An element as a tree value: text (null when empty) or an object of its children, where a
// repeated child name becomes an array. Attributes and namespaces are ignored.
QJsonValue readElement(QXmlStreamReader &xml, int depth, const QString &source)
{
    if (depth > kMaxDepth)
        throw Error(QCoreApplication::translate("Open311Reader", "%1: line %2: elements nested deeper than %3").arg(source).arg(xml.lineNumber()).arg(kMaxDepth));
    QJsonObject children;
    QString text;
    bool hasChildren = false;
    const qint64 line = xml.lineNumber();
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement: {
            hasChildren = true;
            const QString name = xml.name().toString();
            const QJsonValue value = readElement(xml, depth + 1, source);
            if (children.contains(name)) {
                QJsonValue existing = children.value(name);
                QJsonArray arr = existing.isArray() ? existing.toArray() : QJsonArray{existing};
                arr.append(value);
                children.insert(name, arr);
            } else {
                children.insert(name, value);
            }
            break;
        }
        case QXmlStreamReader::Characters:
            text += xml.text();
            break;
        case QXmlStreamReader::EndElement:
            if (hasChildren) {
                children.insert(kLineKey, static_cast<double>(line));
                return children;
            }
            text = text.trimmed();
            return text.isEmpty() ? QJsonValue() : QJsonValue(text);
        case QXmlStreamReader::DTD:
        case QXmlStreamReader::EntityReference:
            throw Error(QCoreApplication::translate("Open311Reader", "%1: line %2: DTDs and entity declarations are refused (they allow entity-expansion "
                           "attacks and Open311 never needs them)")
                            .arg(source)
                            .arg(xml.lineNumber()));
        default:
            break;
        }
    }
    return {};
}

// Saved server replies sometimes keep the HTTP status line ("HTTP/1.1 403 Forbidden") and
// headers; skip them and remember the status.
QByteArray stripHttpHeaders(const QByteArray &data, int &status)
{
    if (!data.startsWith("HTTP/"))
        return data;
    const QList<QByteArray> words = data.left(data.indexOf('\n')).split(' ');
    status = words.size() > 1 ? words.at(1).toInt() : 0;
    qsizetype end = data.indexOf("\r\n\r\n");
    qsizetype skip = 4;
    const qsizetype lf = data.indexOf("\n\n");
    if (end < 0 || (lf >= 0 && lf < end)) {
        end = lf;
        skip = 2;
    }
    return end < 0 ? QByteArray() : data.mid(end + skip);
}

Result readXml(const QByteArray &data, const QString &source, std::optional<Kind> expected)
{
    QXmlStreamReader xml(data);
    xml.setNamespaceProcessing(true);
    TreeReader reader(source);
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::DTD:
        case QXmlStreamReader::EntityReference:
            throw Error(QCoreApplication::translate("Open311Reader", "%1: line %2: DTDs and entity declarations are refused (they allow entity-expansion "
                           "attacks and Open311 never needs them)")
                            .arg(source)
                            .arg(xml.lineNumber()));
        case QXmlStreamReader::StartElement: {
            const QString rootName = xml.name().toString();
            const QJsonValue root = readElement(xml, 0, source);
            if (xml.hasError())
                break;
            return reader.document(root, rootName, expected);
        }
        default:
            break;
        }
    }
    if (xml.hasError())
        throw Error(QCoreApplication::translate("Open311Reader", "%1:%2:%3: %4").arg(source).arg(xml.lineNumber()).arg(xml.columnNumber()).arg(xml.errorString()));
    throw Error(QCoreApplication::translate("Open311Reader", "%1: the file holds no XML element").arg(source));
}

QByteArray quoteNumbers(const QByteArray &json, QStringList *repairs, QList<qsizetype> *insertedAt)
{
    QByteArray out;
    out.reserve(json.size());
    bool inString = false;
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (inString) {
            if (c == '\\' && i + 1 < json.size()) {
                out.append(c).append(json.at(i + 1));
                ++i;
                continue;
            }
            if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '\n') {
            ++line;
            lineStart = i + 1;
        } else if ((c == '0' || c == '-') && (i == 0 || QByteArrayView(":[, \t\r\n").contains(json.at(i - 1)))) {
            // A number starting "0d" or "-0d" is invalid JSON; quote the whole token.
            const qsizetype digits = c == '-' ? i + 1 : i;
            if (digits + 1 < json.size() && json.at(digits) == '0'
                && std::isdigit(static_cast<unsigned char>(json.at(digits + 1)))) {
                qsizetype end = digits;
                while (end < json.size() && (std::isalnum(static_cast<unsigned char>(json.at(end))) || json.at(end) == '.'))
                    ++end;
                const QByteArray token = json.mid(i, end - i);
                if (repairs)
                    repairs->append(QCoreApplication::translate("Open311Reader", "line %1, column %2: number %3 has leading zeros; read as the string \"%3\"")
                                        .arg(line)
                                        .arg(i - lineStart + 1)
                                        .arg(QString::fromLatin1(token)));
                insertedAt->append(i);
                insertedAt->append(end);
                out.append('"').append(token).append('"');
                i = end - 1;
                continue;
            }
        }
        out.append(c);
    }
    return insertedAt->isEmpty() ? json : out;
}

Result readJson(const QByteArray &data, const QString &source, std::optional<Kind> expected)
{
    QStringList repairs;
    QList<qsizetype> inserted;
    const QByteArray fixed = quoteNumbers(data, &repairs, &inserted);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(fixed, &error);
    if (error.error != QJsonParseError::NoError) {
        // Map the offset in the repaired text back to the file the user has.
        qsizetype offset = error.offset;
        for (const qsizetype at : std::as_const(inserted)) {
            if (at < offset)
                --offset;
        }
        const auto [line, column] = jsontext::lineAndColumn(data, std::max<qsizetype>(0, offset));
        throw Error(QCoreApplication::translate("Open311Reader", "%1:%2:%3: %4").arg(source).arg(line).arg(column).arg(error.errorString()));
    }
    Result r = TreeReader(source).document(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), QString(), expected);
    r.document.repairs = repairs;
    return r;
}

} // namespace

QByteArray quoteLeadingZeroNumbers(const QByteArray &json, QStringList *repairs)
{
    QList<qsizetype> inserted;
    return quoteNumbers(json, repairs, &inserted);
}

Result read(const QByteArray &raw, const QString &sourceName, std::optional<Kind> expected)
{
    int status = 0;
    QByteArray data = stripHttpHeaders(raw, status);
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    const QByteArray start = data.trimmed().left(1);
    Result r;
    if (start == "<")
        r = readXml(data, sourceName, expected);
    else if (start == "[" || start == "{")
        r = readJson(data, sourceName, expected);
    else
        throw Error(QCoreApplication::translate("Open311Reader", "%1: neither JSON nor XML (the file is empty or starts with something else)").arg(sourceName));
    r.document.httpStatus = status;
    if (expected && r.document.kind != *expected) {
        if (r.document.kind == Kind::Errors) {
            QStringList messages;
            for (const auto &e : std::as_const(r.document.errors))
                messages.append(e.code.isEmpty() ? e.description : e.code + u' ' + e.description);
            throw Error(QCoreApplication::translate("Open311Reader", "%1: the file is an Open311 error reply, not %2: %3")
                            .arg(sourceName, Open311Document::kindName(*expected), messages.join(QStringLiteral("; "))));
        }
        const bool servicesOk = *expected == Kind::Services && r.document.kind == Kind::ServiceDefinition;
        if (!servicesOk)
            throw Error(QCoreApplication::translate("Open311Reader", "%1: the file is %2, not %3")
                            .arg(sourceName, Open311Document::kindName(r.document.kind), Open311Document::kindName(*expected)));
    }
    return r;
}

} // namespace civicdesk::core::open311reader
