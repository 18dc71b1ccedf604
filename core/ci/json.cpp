// SPDX-License-Identifier: GPL-3.0-or-later
#include "ci/json.h"

#include <QLocale>
#include <QVariant>

#include <simdjson.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <limits>
#include <vector>

namespace flowdeck::ci::json {

namespace dom = simdjson::dom;

namespace {

// simdjson's elements, objects, arrays and their iterators are each one place on the tape (a document and an
// index), as TapeRef is: the values keep that place and rebuild simdjson's view of it for each read.
template<typename T>
T as(TapeRef ref)
{
    static_assert(sizeof(T) == sizeof(TapeRef) && std::is_trivially_copyable_v<T>);
    return std::bit_cast<T>(ref);
}

template<typename T>
TapeRef refOf(const T &view)
{
    static_assert(sizeof(T) == sizeof(TapeRef) && std::is_trivially_copyable_v<T>);
    return std::bit_cast<TapeRef>(view);
}

static_assert(padding == simdjson::SIMDJSON_PADDING);

/// Qt's test of whether a double is a whole number of the integer type (qnumeric_p.h's convertDoubleTo).
template<typename T>
bool wholeNumber(double value, T &number)
{
    if (!std::isfinite(value))
        return false;
    // The bounds as doubles: the maximum of a 64-bit integer is not one, its successor is.
    constexpr double lowest = double(std::numeric_limits<T>::min());
    constexpr double beyond = -lowest;
    if (value < lowest || value >= beyond)
        return false;
    number = T(value);
    return double(number) == value;
}

/// Parsers kept by each thread for its next documents: a parser's buffers grow to the largest text it has parsed.
constexpr std::size_t keptParsers = 4;
/// A parser that grew larger than this (for a very large file) is freed instead of kept.
constexpr std::size_t keptCapacity = 64 * 1024 * 1024;

std::vector<std::unique_ptr<dom::parser>> &parserPool()
{
    thread_local std::vector<std::unique_ptr<dom::parser>> pool;
    return pool;
}

std::unique_ptr<dom::parser> takeParser()
{
    auto &pool = parserPool();
    if (pool.empty())
        return std::make_unique<dom::parser>();
    std::unique_ptr<dom::parser> parser = std::move(pool.back());
    pool.pop_back();
    return parser;
}

void returnParser(std::unique_ptr<dom::parser> parser)
{
    auto &pool = parserPool();
    if (parser && parser->capacity() <= keptCapacity && pool.size() < keptParsers)
        pool.push_back(std::move(parser));
}

QJsonValue qtValue(dom::element element)
{
    switch (element.type()) {
    case dom::element_type::ARRAY: {
        QJsonArray array;
        const dom::array items = element.get_array().value_unsafe();
        for (dom::element item : items)
            array.append(qtValue(item));
        return array;
    }
    case dom::element_type::OBJECT: {
        QJsonObject object;
        const dom::object fields = element.get_object().value_unsafe();
        // insert() replaces an earlier value of the key and keeps the keys sorted, as Qt's parser does.
        for (dom::key_value_pair field : fields)
            object.insert(QString::fromUtf8(field.key.data(), qsizetype(field.key.size())), qtValue(field.value));
        return object;
    }
    case dom::element_type::INT64:
        return QJsonValue(qint64(element.get_int64().value_unsafe()));
    case dom::element_type::UINT64:
        return QJsonValue(double(element.get_uint64().value_unsafe()));
    case dom::element_type::DOUBLE:
        return QJsonValue(element.get_double().value_unsafe());
    case dom::element_type::STRING: {
        const std::string_view text = element.get_string().value_unsafe();
        return QJsonValue(QString::fromUtf8(text.data(), qsizetype(text.size())));
    }
    case dom::element_type::BOOL:
        return QJsonValue(element.get_bool().value_unsafe());
    case dom::element_type::NULL_VALUE:
        return QJsonValue(QJsonValue::Null);
    }
    return {};
}

/// The text as a JSON string; a lone surrogate, which Qt keeps from an escape such as `\ud800`, becomes U+FFFD:
/// simdjson holds valid UTF-8 only.
void appendText(QByteArray &out, const QString &text)
{
    static constexpr char16_t hex[] = u"0123456789abcdef";
    QString escaped;
    escaped.reserve(text.size() + 2);
    escaped.append(u'"');
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == u'"' || c == u'\\') {
            escaped.append(u'\\').append(QChar(c));
        } else if (c < 0x20) {
            escaped.append(u"\\u00").append(QChar(hex[c >> 4])).append(QChar(hex[c & 15]));
        } else if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            escaped.append(QChar(c)).append(text.at(i + 1));
            ++i;
        } else if (QChar::isSurrogate(c)) {
            escaped.append(QChar(QChar::ReplacementCharacter));
        } else {
            escaped.append(QChar(c));
        }
    }
    escaped.append(u'"');
    out.append(escaped.toUtf8());
}

/// Qt's value as JSON that simdjson reads back to the same values: numbers Qt holds as integers written as
/// integers, its doubles always as doubles (Qt writes 1.8446744073709552e19 as twenty digits, which simdjson
/// refuses as an integer too large).
void appendValue(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out.append("null");
        break;
    case QJsonValue::Bool:
        out.append(value.toBool() ? "true" : "false");
        break;
    case QJsonValue::Double: {
        const QVariant number = value.toVariant();
        if (number.typeId() == QMetaType::LongLong) {
            out.append(QByteArray::number(number.toLongLong()));
        } else {
            QByteArray text = QByteArray::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
            if (!text.contains('.') && !text.contains('e'))
                text.append(".0");
            out.append(text);
        }
        break;
    }
    case QJsonValue::String:
        appendText(out, value.toString());
        break;
    case QJsonValue::Array: {
        out.append('[');
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0)
                out.append(',');
            appendValue(out, array.at(i));
        }
        out.append(']');
        break;
    }
    case QJsonValue::Object: {
        out.append('{');
        const QJsonObject object = value.toObject();
        for (auto field = object.begin(); field != object.end(); ++field) {
            if (field != object.begin())
                out.append(',');
            appendText(out, field.key());
            out.append(':');
            appendValue(out, field.value());
        }
        out.append('}');
        break;
    }
    }
}

} // namespace

// Value

Type Value::type() const
{
    if (!m_ref.document)
        return Type::Undefined;
    switch (as<dom::element>(m_ref).type()) {
    case dom::element_type::ARRAY:
        return Type::Array;
    case dom::element_type::OBJECT:
        return Type::Object;
    case dom::element_type::INT64:
    case dom::element_type::UINT64:
    case dom::element_type::DOUBLE:
        return Type::Double;
    case dom::element_type::STRING:
        return Type::String;
    case dom::element_type::BOOL:
        return Type::Bool;
    case dom::element_type::NULL_VALUE:
        return Type::Null;
    }
    return Type::Undefined;
}

bool Value::toBool(bool defaultValue) const
{
    if (!m_ref.document)
        return defaultValue;
    const dom::element element = as<dom::element>(m_ref);
    return element.is_bool() ? element.get_bool().value_unsafe() : defaultValue;
}

double Value::toDouble(double defaultValue) const
{
    if (!m_ref.document)
        return defaultValue;
    const dom::element element = as<dom::element>(m_ref);
    switch (element.type()) {
    case dom::element_type::INT64:
        return double(element.get_int64().value_unsafe());
    case dom::element_type::UINT64:
        return double(element.get_uint64().value_unsafe());
    case dom::element_type::DOUBLE:
        return element.get_double().value_unsafe();
    default:
        return defaultValue;
    }
}

qint64 Value::toInteger(qint64 defaultValue) const
{
    if (!m_ref.document)
        return defaultValue;
    const dom::element element = as<dom::element>(m_ref);
    switch (element.type()) {
    case dom::element_type::INT64:
        return element.get_int64().value_unsafe();
    case dom::element_type::UINT64:
        // Beyond qint64, where Qt holds it as a double: no whole number of 64 bits.
        return defaultValue;
    case dom::element_type::DOUBLE: {
        qint64 number = 0;
        return wholeNumber(element.get_double().value_unsafe(), number) ? number : defaultValue;
    }
    default:
        return defaultValue;
    }
}

int Value::toInt(int defaultValue) const
{
    if (!m_ref.document)
        return defaultValue;
    const dom::element element = as<dom::element>(m_ref);
    switch (element.type()) {
    case dom::element_type::INT64: {
        const qint64 number = element.get_int64().value_unsafe();
        return qint64(int(number)) == number ? int(number) : defaultValue;
    }
    case dom::element_type::DOUBLE: {
        int number = 0;
        return wholeNumber(element.get_double().value_unsafe(), number) ? number : defaultValue;
    }
    default:
        return defaultValue;
    }
}

std::string_view Value::utf8() const
{
    if (!m_ref.document)
        return {};
    const dom::element element = as<dom::element>(m_ref);
    return element.is_string() ? element.get_string().value_unsafe() : std::string_view();
}

QString Value::toString() const
{
    const std::string_view text = utf8();
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

Array Value::toArray() const
{
    return isArray() ? Array(m_ref) : Array();
}

Object Value::toObject() const
{
    return isObject() ? Object(m_ref) : Object();
}

QJsonValue Value::toQt() const
{
    if (!m_ref.document)
        return QJsonValue(QJsonValue::Undefined);
    return qtValue(as<dom::element>(m_ref));
}

// Object

std::size_t Object::find(QLatin1StringView key) const
{
    if (!m_ref.document)
        return 0;
    const auto size = uint32_t(key.size());
    if (m_keyCount < 0) {
        // The first look-up notes every key on its way.
        const dom::object object = as<dom::object>(m_ref);
        int count = 0;
        for (auto field = object.begin(), end = object.end(); field != end; ++field) {
            const std::size_t offset = refOf(field).index + 1 - m_ref.index;
            if (count == notedKeys || offset > std::numeric_limits<std::uint32_t>::max()) {
                count = notedKeys + 1;
                break;
            }
            m_keys[count++] = Key{field.key_c_str(), uint32_t(field.key_length()), uint32_t(offset)};
        }
        m_keyCount = count;
    }
    if (m_keyCount <= notedKeys) {
        // From the last key back: Qt's parser keeps a repeated key's last value.
        for (int i = m_keyCount - 1; i >= 0; --i) {
            const Key &noted = m_keys[i];
            if (noted.size == size && (size == 0 || noted.text[0] == key.data()[0]) &&
                std::memcmp(noted.text, key.data(), size) == 0)
                return m_ref.index + noted.offset;
        }
        return 0;
    }
    const dom::object object = as<dom::object>(m_ref);
    std::size_t found = 0;
    // Every key is compared, not only up to the first match: Qt's parser keeps a repeated key's last value.
    for (auto field = object.begin(), end = object.end(); field != end; ++field) {
        if (field.key_length() == size && std::memcmp(field.key_c_str(), key.data(), size) == 0)
            found = refOf(field).index + 1;
    }
    return found;
}

Value Object::value(QLatin1StringView key) const
{
    const std::size_t index = find(key);
    return index ? Value(TapeRef{m_ref.document, index}) : Value();
}

bool Object::contains(QLatin1StringView key) const
{
    return find(key) != 0;
}

QStringList Object::keys() const
{
    QStringList keys;
    if (!m_ref.document)
        return keys;
    for (dom::key_value_pair field : as<dom::object>(m_ref))
        keys.append(QString::fromUtf8(field.key.data(), qsizetype(field.key.size())));
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    return keys;
}

qsizetype Object::size() const
{
    return keys().size();
}

bool Object::isEmpty() const
{
    return !m_ref.document || as<dom::object>(m_ref).begin() == as<dom::object>(m_ref).end();
}

QJsonObject Object::toQt() const
{
    if (!m_ref.document)
        return {};
    return qtValue(as<dom::element>(m_ref)).toObject();
}

// Array

qsizetype Array::size() const
{
    if (m_size >= 0)
        return m_size;
    if (!m_ref.document) {
        m_size = 0;
        return 0;
    }
    const dom::array array = as<dom::array>(m_ref);
    std::size_t count = array.size();
    // simdjson's count stops at 0xFFFFFF; a longer array is counted item by item.
    if (count >= 0xFFFFFF)
        count = std::size_t(std::distance(array.begin(), array.end()));
    m_size = qsizetype(count);
    return m_size;
}

bool Array::isEmpty() const
{
    return begin() == end();
}

Value Array::at(qsizetype index) const
{
    if (!m_ref.document || index < 0)
        return {};
    const dom::array array = as<dom::array>(m_ref);
    const dom::array::iterator end = array.end();
    dom::array::iterator item = array.begin();
    qsizetype at = 0;
    if (m_cursorIndex >= 0 && m_cursorIndex <= index) {
        item = as<dom::array::iterator>(TapeRef{m_ref.document, m_cursorTape});
        at = m_cursorIndex;
    }
    for (; at < index && item != end; ++at)
        ++item;
    if (item == end)
        return {};
    m_cursorIndex = index;
    m_cursorTape = refOf(item).index;
    return Value(refOf(item));
}

Array::const_iterator &Array::const_iterator::operator++()
{
    auto item = as<dom::array::iterator>(m_ref);
    ++item;
    m_ref = refOf(item);
    return *this;
}

Array::const_iterator Array::begin() const
{
    if (!m_ref.document)
        return const_iterator(TapeRef{});
    return const_iterator(refOf(as<dom::array>(m_ref).begin()));
}

Array::const_iterator Array::end() const
{
    if (!m_ref.document)
        return const_iterator(TapeRef{});
    return const_iterator(refOf(as<dom::array>(m_ref).end()));
}

QJsonArray Array::toQt() const
{
    if (!m_ref.document)
        return {};
    return qtValue(as<dom::element>(m_ref)).toArray();
}

// Document

struct Document::Data
{
    std::unique_ptr<dom::parser> parser;
    TapeRef root;

    ~Data() { returnParser(std::move(parser)); }
};

Document::Document() = default;
Document::~Document() = default;
Document::Document(Document &&other) noexcept = default;
Document &Document::operator=(Document &&other) noexcept = default;

namespace {

/// Where the first byte of `text` that is not part of UTF-8 lies (an overlong form, a surrogate and a code point past
/// U+10FFFF are not), or -1 when all of it is UTF-8.
qsizetype firstInvalidUtf8(QByteArrayView text)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(text.data());
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char lead = bytes[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        char32_t least = 0;
        char32_t code = 0;
        if ((lead & 0xE0) == 0xC0) {
            length = 2;
            least = 0x80;
            code = lead & 0x1F;
        } else if ((lead & 0xF0) == 0xE0) {
            length = 3;
            least = 0x800;
            code = lead & 0x0F;
        } else if ((lead & 0xF8) == 0xF0) {
            length = 4;
            least = 0x10000;
            code = lead & 0x07;
        } else {
            return i;
        }
        if (size - i < length)
            return i;
        for (int k = 1; k < length; ++k) {
            if ((bytes[i + k] & 0xC0) != 0x80)
                return i;
            code = (code << 6) | (bytes[i + k] & 0x3F);
        }
        if (code < least || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

} // namespace

std::unique_ptr<Document::Data> Document::parsed(QByteArrayView text, bool padded)
{
    // An empty text is not JSON. Its view may hold no pointer at all, which simdjson would copy from (memcpy from a
    // null pointer is undefined even for no bytes), so it is refused here.
    if (text.isEmpty())
        return nullptr;
    auto data = std::make_unique<Document::Data>();
    data->parser = takeParser();
    dom::element root;
    if (data->parser->parse(text.data(), std::size_t(text.size()), !padded).get(root) != simdjson::SUCCESS)
        return nullptr;
    if (root.type() != dom::element_type::ARRAY && root.type() != dom::element_type::OBJECT)
        return nullptr;
    data->root = refOf(root);
    return data;
}

Document Document::fromJson(QByteArrayView text, QJsonParseError *error, bool padded)
{
    Document document;
    document.d = parsed(text, padded);
    if (document.d) {
        if (error)
            *error = QJsonParseError{0, QJsonParseError::NoError};
        return document;
    }
    // Qt reads bytes that are not UTF-8 as U+FFFD: a page re-encoded as Latin-1 would be stored with its letters
    // lost, so it is refused where simdjson refused it.
    if (const qsizetype invalid = firstInvalidUtf8(text); invalid >= 0) {
        if (error)
            *error = QJsonParseError{int(invalid), QJsonParseError::IllegalUTF8String};
        return {};
    }
    QJsonParseError qtError;
    const QJsonDocument qt = QJsonDocument::fromJson(text.toByteArray(), &qtError);
    if (error)
        *error = qtError;
    if (qtError.error != QJsonParseError::NoError)
        return {};
    return fromQt(qt);
}

Document Document::fromQt(const QJsonDocument &qt)
{
    if (qt.isNull())
        return {};
    QByteArray text;
    appendValue(text, qt.isArray() ? QJsonValue(qt.array()) : QJsonValue(qt.object()));
    Document document;
    document.d = parsed(text, false);
    return document;
}

bool Document::isNull() const
{
    return !d;
}

Value Document::root() const
{
    return d ? Value(d->root) : Value();
}

} // namespace flowdeck::ci::json
