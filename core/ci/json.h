// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>

/// JSON pages read for the CI import: parsed by simdjson, many times faster than QJsonDocument (a saved folder of
/// 100,000 jobs is over 300 MB of JSON), and read through Value, Object and Array, which answer as QJsonValue,
/// QJsonObject and QJsonArray answer for the same text: an object's last value of a repeated key counts and its
/// keys list sorted, absent keys and wrong types read as Qt reads them (toString() of a number is empty, toInteger()
/// of 2.5 is the default), integers beyond 64 bits are doubles. Text that simdjson refuses and Qt accepts (a byte
/// order mark, a tab inside a string, a lone surrogate escape, an integer of more than 20 digits) is read through
/// Qt, so that what parses and what each value reads as stays Qt's, but for a lone surrogate, which reads as U+FFFD;
/// text that both refuse gives Qt's error. Text that is not UTF-8, which Qt reads with U+FFFD in place of each bad
/// byte, is refused (QJsonParseError::IllegalUTF8String at its first bad byte). The one text Qt refuses and this takes
/// is a number too small for a double (1e-400), which reads as 0. Values refer into their Document, which must outlive
/// them.
namespace flowdeck::ci::json {

class Array;
class Object;

/// The bytes after a text's end that simdjson may read (not change): a text with as many readable bytes after it
/// is parsed where it lies, others are copied first.
inline constexpr qsizetype padding = 64;

/// QJsonValue::Type's kinds.
enum class Type
{
    Null,
    Bool,
    Double,
    String,
    Array,
    Object,
    Undefined
};

/// Where a value lies in its document's parsed form (simdjson's tape); no document: undefined.
struct TapeRef
{
    const void *document = nullptr;
    std::size_t index = 0;
};

/// One value of a parsed document, read as QJsonValue reads it.
class Value
{
public:
    /// An undefined value: what a missing key or an index past an array's end reads as.
    Value() = default;

    Type type() const;
    bool isNull() const { return type() == Type::Null; }
    bool isBool() const { return type() == Type::Bool; }
    bool isDouble() const { return type() == Type::Double; }
    bool isString() const { return type() == Type::String; }
    bool isArray() const { return type() == Type::Array; }
    bool isObject() const { return type() == Type::Object; }
    bool isUndefined() const { return m_ref.document == nullptr; }

    bool toBool(bool defaultValue = false) const;
    double toDouble(double defaultValue = 0) const;
    /// A number that is a whole number within 64 bits, else `defaultValue`.
    qint64 toInteger(qint64 defaultValue = 0) const;
    /// A number that is a whole number within int, else `defaultValue`.
    int toInt(int defaultValue = 0) const;
    /// The text of a string; empty for anything else.
    QString toString() const;
    /// The UTF-8 text of a string, without a copy; empty for anything else.
    std::string_view utf8() const;
    /// The array, or an empty one for anything else.
    Array toArray() const;
    /// The object, or an empty one for anything else.
    Object toObject() const;

    /// The same value as Qt holds it (for messages that quote a list or an object as Qt writes it).
    QJsonValue toQt() const;

private:
    friend class Array;
    friend class Object;
    friend class Document;
    explicit Value(TapeRef ref)
        : m_ref(ref)
    {}
    TapeRef m_ref;
};

/// An object of a parsed document, read as QJsonObject reads it.
class Object
{
public:
    /// An empty object.
    Object() = default;

    /// The value of the key's last occurrence; undefined when the object has no such key. `key` is ASCII.
    Value value(QLatin1StringView key) const;
    bool contains(QLatin1StringView key) const;
    /// The distinct keys, sorted as QJsonObject sorts them.
    QStringList keys() const;
    /// How many distinct keys the object has.
    qsizetype size() const;
    bool isEmpty() const;

    QJsonObject toQt() const;

private:
    friend class Value;
    explicit Object(TapeRef ref)
        : m_ref(ref)
    {}
    /// The tape index of the value of the key's last occurrence, or 0.
    std::size_t find(QLatin1StringView key) const;
    TapeRef m_ref;

    /// A key and where its value lies, as the first find() walking the object noted them: a record is read by a
    /// dozen of its keys, and each look-up walking the tape again (every key, since the last occurrence counts)
    /// cost more than the rest of reading it.
    struct Key
    {
        const char *text;
        std::uint32_t size;
        /// The value's tape index, counted from the object's.
        std::uint32_t offset;
    };
    static constexpr int notedKeys = 48;
    /// How many keys are noted; -1 before the first find(), notedKeys + 1 for an object with more keys than that
    /// (found by walking the tape each time).
    mutable int m_keyCount = -1;
    mutable Key m_keys[notedKeys];
};

/// An array of a parsed document, read as QJsonArray reads it. at() is quickest in order (0, 1, 2, ...): the array
/// remembers where its last item was read.
class Array
{
public:
    /// An empty array.
    Array() = default;

    qsizetype size() const;
    bool isEmpty() const;
    /// The item at `index`; undefined past the end.
    Value at(qsizetype index) const;
    Value first() const { return at(0); }

    class const_iterator
    {
    public:
        Value operator*() const { return Value(m_ref); }
        const_iterator &operator++();
        bool operator==(const const_iterator &other) const { return m_ref.index == other.m_ref.index; }
        bool operator!=(const const_iterator &other) const { return !(*this == other); }

    private:
        friend class Array;
        explicit const_iterator(TapeRef ref)
            : m_ref(ref)
        {}
        TapeRef m_ref;
    };
    const_iterator begin() const;
    const_iterator end() const;

    QJsonArray toQt() const;

private:
    friend class Value;
    explicit Array(TapeRef ref)
        : m_ref(ref)
    {}
    TapeRef m_ref;
    /// The item last read by at(), for reading the next one without walking from the start.
    mutable qsizetype m_cursorIndex = -1;
    mutable std::size_t m_cursorTape = 0;
    mutable qsizetype m_size = -1;
};

/// A parsed JSON text. Holds its parser's buffers, which go back to a small pool of the thread when it is destroyed,
/// so that parsing file after file allocates nothing once the buffers are large enough.
class Document
{
public:
    /// A null document: its root is undefined.
    Document();
    ~Document();
    Document(Document &&other) noexcept;
    Document &operator=(Document &&other) noexcept;
    Document(const Document &) = delete;
    Document &operator=(const Document &) = delete;

    /// The text parsed as QJsonDocument::fromJson parses it: an object or an array, or a null document with Qt's
    /// error in `error`. `padded`: json::padding bytes after the text may be read.
    static Document fromJson(QByteArrayView text, QJsonParseError *error = nullptr, bool padded = false);
    /// Qt's document, as it reads (its keys sorted, repeated keys gone).
    static Document fromQt(const QJsonDocument &document);

    bool isNull() const;
    /// The object or array; undefined for a null document.
    Value root() const;

private:
    struct Data;
    /// simdjson's document of the text when it is an object or an array; null otherwise (Qt has the last word).
    static std::unique_ptr<Data> parsed(QByteArrayView text, bool padded);
    std::unique_ptr<Data> d;
};

} // namespace flowdeck::ci::json
