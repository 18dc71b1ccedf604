// SPDX-License-Identifier: GPL-3.0-or-later
// Writing Flowdeck's own pipeline and environments files (nativeformat.h). The text is written here rather than
// by YAML::Emitter so that its form (what is quoted, how lists look) is fixed by this file alone.
#include "graph/nativeformat.h"

#include "domain/delivery.h"
#include "domain/pipeline.h"

#include <QList>
#include <QSet>

namespace flowdeck::graph {

using namespace Qt::StringLiterals;

namespace {

/// Whether `c` may appear in a YAML file as it is (YAML's printable set), apart from the line breaks.
bool isPrintable(char32_t c)
{
    return (c >= 0x20 && c <= 0x7E) || c == 0x85 || (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
           (c >= 0x10000 && c <= 0x10FFFF);
}

/// Whether `text` reads back as the same string when written without quotes. Deliberately stricter than YAML: a
/// plain scalar must not start with an indicator, a digit, a sign or a dot (numbers), must not contain
/// characters that end or change a plain scalar anywhere (":", "#", flow brackets, ","), must not be a word YAML
/// reads as null or a boolean, and must not have spaces at its ends or characters that need escaping.
bool canBePlain(const QString &text)
{
    if (text.isEmpty())
        return false;
    static const QString startIndicators = u"-?:,[]{}#&*!|>'\"%@`.+~ "_s;
    if (startIndicators.contains(text.front()) || text.front().isDigit() || text.back() == u' ')
        return false;
    static const QSet<QString> reserved{u"null"_s, u"true"_s, u"false"_s, u"yes"_s, u"no"_s,
                                        u"on"_s,   u"off"_s,  u"y"_s,     u"n"_s};
    if (reserved.contains(text.toLower()))
        return false;
    for (const char32_t c : text.toUcs4()) {
        if (c == U':' || c == U'#' || c == U',' || c == U'[' || c == U']' || c == U'{' || c == U'}')
            return false;
        // Line breaks of YAML 1.1 (NEL, LS, PS) and the byte order mark are printable but read differently.
        if (!isPrintable(c) || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xFEFF)
            return false;
    }
    return true;
}

QByteArray hex(char32_t c, int digits)
{
    return QByteArray::number(uint(c), 16).toUpper().rightJustified(digits, '0');
}

/// `text` in double quotes with YAML's escapes for what is not printable as it is.
QByteArray doubleQuoted(const QString &text)
{
    QByteArray out = "\"";
    for (const char32_t c : text.toUcs4()) {
        switch (c) {
        case U'"':
            out += "\\\"";
            break;
        case U'\\':
            out += "\\\\";
            break;
        case 0x00:
            out += "\\0";
            break;
        case 0x07:
            out += "\\a";
            break;
        case 0x08:
            out += "\\b";
            break;
        case 0x09:
            out += "\\t";
            break;
        case 0x0A:
            out += "\\n";
            break;
        case 0x0B:
            out += "\\v";
            break;
        case 0x0C:
            out += "\\f";
            break;
        case 0x0D:
            out += "\\r";
            break;
        case 0x1B:
            out += "\\e";
            break;
        case 0x85:
            // Not \N: yaml-cpp 0.7 decodes that to a lone byte 0x85 instead of the character's UTF-8.
            out += "\\u0085";
            break;
        case 0x2028:
            out += "\\L";
            break;
        case 0x2029:
            out += "\\P";
            break;
        default:
            if (c < 0x20 || c == 0x7F)
                out += "\\x" + hex(c, 2);
            else if (!isPrintable(c) || c == 0xFEFF)
                out += c > 0xFFFF ? "\\U" + hex(c, 8) : "\\u" + hex(c, 4);
            else
                out += QString::fromUcs4(&c, 1).toUtf8();
        }
    }
    out += '"';
    return out;
}

QByteArray scalar(const QString &text)
{
    return canBePlain(text) ? text.toUtf8() : doubleQuoted(text);
}

/// A key with a list of names below it, one a line, each once; nothing for an empty list.
void writeNames(QByteArray &out, const char *key, const QStringList &names)
{
    if (names.isEmpty())
        return;
    out += "    ";
    out += key;
    out += ":\n";
    QSet<QString> written;
    for (const QString &name : names) {
        if (written.contains(name))
            continue;
        written.insert(name);
        out += "      - " + scalar(name) + '\n';
    }
}

} // namespace

QByteArray pipelineToYaml(const PipelineSpec &pipeline)
{
    QByteArray out = "# Flowdeck pipeline\n";
    out += "pipeline: " + scalar(pipeline.name) + '\n';
    if (pipeline.stages.isEmpty()) {
        out += "stages: []\n";
        return out;
    }
    out += "stages:\n";
    for (const StageSpec &stage : pipeline.stages) {
        out += "  - name: " + scalar(stage.name) + '\n';
        out += "    kind: " + scalar(stage.kind.isEmpty() ? QString::fromLatin1(StageKind::Other) : stage.kind) + '\n';
        if (!stage.environment.isEmpty())
            out += "    environment: " + scalar(stage.environment) + '\n';
        if (!stage.uses.isEmpty())
            out += "    uses: " + scalar(stage.uses) + '\n';
        if (stage.matrixSize && *stage.matrixSize >= 1)
            out += "    matrix: " + QByteArray::number(*stage.matrixSize) + '\n';
        writeNames(out, "needs", stage.needs);
    }
    return out;
}

QByteArray environmentsToYaml(const EnvironmentGraphSpec &environments)
{
    QByteArray out = "# Flowdeck environments\n";
    if (environments.environments.isEmpty()) {
        out += "environments: []\n";
        return out;
    }
    out += "environments:\n";
    for (const EnvironmentSpec &environment : environments.environments) {
        out += "  - name: " + scalar(environment.name) + '\n';
        out += "    tier: " + scalar(environment.tier.isEmpty() ? QString::fromLatin1(Tier::Other) : environment.tier) +
               '\n';
        writeNames(out, "promotes_to", environment.promotesTo);
    }
    return out;
}

} // namespace flowdeck::graph
