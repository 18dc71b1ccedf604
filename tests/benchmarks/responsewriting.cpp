// SPDX-License-Identifier: GPL-3.0-or-later
#include "responsewriting.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace flowdeck::bench::detail {

using namespace Qt::StringLiterals;

QString Random::hex(int digits)
{
    static constexpr char alphabet[] = "0123456789abcdef";
    QString text(digits, Qt::Uninitialized);
    for (int i = 0; i < digits; ++i)
        text[i] = QLatin1Char(alphabet[between(0, 15)]);
    return text;
}

QList<qsizetype> Random::orderedSubset(qsizetype size, qsizetype count)
{
    QList<qsizetype> indexes(size);
    std::iota(indexes.begin(), indexes.end(), 0);
    std::shuffle(indexes.begin(), indexes.end(), m_engine);
    indexes.resize(std::min(count, size));
    std::sort(indexes.begin(), indexes.end());
    return indexes;
}

QString isoSeconds(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

QString isoMillis(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString isoOffset(qint64 ms, int offsetSeconds)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::OffsetFromUTC, offsetSeconds).toString(Qt::ISODateWithMs);
}

QJsonValue timeOrNull(const std::optional<qint64> &ms, QString (*format)(qint64))
{
    return ms ? QJsonValue(format(*ms)) : QJsonValue(QJsonValue::Null);
}

Result<void> FolderWriter::write(const QString &relative, const QJsonDocument &document)
{
    const QString path = m_counts.folder + u'/' + relative;
    const QString directory = QFileInfo(path).path();
    if (directory != m_directory) {
        if (!QDir().mkpath(directory))
            return Error{u"%1: cannot be made"_s.arg(directory)};
        m_directory = directory;
    }
    const QByteArray bytes = document.toJson(QJsonDocument::Compact);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        return Error{u"%1: cannot be written (%2)"_s.arg(path, file.errorString())};
    ++m_counts.files;
    m_counts.bytes += bytes.size();
    return {};
}

Result<QJsonDocument> readFixture(const QString &fixtures, const QString &relative)
{
    QFile file(fixtures + u'/' + relative);
    if (!file.open(QIODevice::ReadOnly))
        return Error{u"%1: cannot be read (%2)"_s.arg(file.fileName(), file.errorString())};
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        return Error{u"%1: not JSON (%2)"_s.arg(file.fileName(), error.errorString())};
    return document;
}

namespace {

const QStringList &branches()
{
    static const QStringList names = {
        u"feature/checkout-redesign"_s, u"fix/cart-rounding"_s,
        u"renovate/eslint-9.x"_s,       u"dependabot/npm_and_yarn/axios-1.7.4"_s,
        u"feature/search-facets"_s,     u"chore/ci-cache"_s,
        u"fix/session-timeout"_s,       u"feature/gift-cards"_s,
        u"refactor/pricing-service"_s,  u"release/2024.06"_s,
    };
    return names;
}

} // namespace

const QStringList &commitTitles()
{
    static const QStringList titles = {
        u"Fix rounding of cart totals in the summary"_s,
        u"Bump axios from 1.7.2 to 1.7.4"_s,
        u"Add facets to the search results page"_s,
        u"Cache the pip downloads between CI runs"_s,
        u"Keep the session alive while the payment form is open"_s,
        u"Gift cards: redeem a card at checkout"_s,
        u"Move the price rules into the pricing service"_s,
        u"Update README.md"_s,
        u"Merge pull request #4812 from acme/feature/checkout-redesign"_s,
        u"Retry the inventory call once on a timeout"_s,
    };
    return titles;
}

QString branch(Random &random)
{
    return random.chance(0.55) ? u"main"_s : random.pick(branches());
}

} // namespace flowdeck::bench::detail
