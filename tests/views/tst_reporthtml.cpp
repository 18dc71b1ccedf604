// SPDX-License-Identifier: GPL-3.0-or-later
// The HTML report: one well-formed, self-contained file (no script, nothing fetched) in which every value from the
// data is escaped, even a service named like a script.

#include "demo/demogenerator.h"
#include "report/report.h"
#include "report/reporttext.h"
#include "reports/reportdocument.h"
#include "store/workspace.h"
#include "valuestream/valuestreammap.h"

#include <QDateTime>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace flowdeck;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 day = 24 * 3'600'000LL;
const Timestamp demoEnd = QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
const QString hostile = u"<script>alert(1)</script>"_s;
const QString hostileEscaped = u"&lt;script&gt;alert(1)&lt;/script&gt;"_s;

/// Parses the document as XML; returns the error with its line, or an empty text. Also collects the element names.
QString parseError(const QByteArray &html, QStringList *elements = nullptr)
{
    QXmlStreamReader reader(html);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && elements)
            elements->append(reader.name().toString().toLower());
    }
    if (reader.hasError())
        return u"line %1, column %2: %3"_s.arg(reader.lineNumber())
            .arg(reader.columnNumber())
            .arg(reader.errorString());
    return {};
}

/// Nothing that would make a browser run code or fetch something: no such element, no event handler, no link
/// out of the document, no style that loads anything.
void verifySelfContained(const QByteArray &html)
{
    static const QStringList forbidden = {u"script"_s, u"iframe"_s, u"object"_s, u"embed"_s, u"link"_s,
                                          u"img"_s,    u"image"_s,  u"audio"_s,  u"video"_s, u"base"_s};
    QXmlStreamReader reader(html);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            const QString name = reader.name().toString().toLower();
            QVERIFY2(!forbidden.contains(name), qPrintable(name));
            for (const QXmlStreamAttribute &attribute : reader.attributes()) {
                const QString key = attribute.name().toString().toLower();
                QVERIFY2(!key.startsWith(u"on"_s), qPrintable(key));
                QVERIFY2(key != u"src"_s, qPrintable(name));
                if (key == u"href"_s)
                    QVERIFY2(attribute.value().startsWith(u'#'), qPrintable(attribute.value().toString()));
            }
        }
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    const QString lower = QString::fromUtf8(html).toLower();
    const qsizetype styleStart = lower.indexOf(u"<style>"_s);
    const QString style = lower.mid(styleStart, lower.indexOf(u"</style>"_s) - styleStart);
    QVERIFY(!style.contains(u"url("_s));
    QVERIFY(!style.contains(u"@import"_s));
}

} // namespace

class TestReportHtml : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void aHostileServiceNameIsEscaped()
    {
        // The demo, with its checkout service renamed to a script, reported for that service alone.
        auto workspace = store::Workspace::create(m_dir.filePath(u"demo.flowdeck"_s));
        QVERIFY2(workspace, qPrintable(workspace.errorMessage()));
        auto summary = demo::generateDemo(**workspace, {.end = demoEnd});
        QVERIFY2(summary, qPrintable(summary.errorMessage()));
        QSqlQuery rename((*workspace)->connection());
        rename.prepare(u"UPDATE services SET name = ? WHERE name = 'checkout-service'"_s);
        rename.addBindValue(hostile);
        QVERIFY2(rename.exec(), qPrintable(rename.lastError().text()));
        QCOMPARE(rename.numRowsAffected(), 1);
        QSqlQuery id((*workspace)->connection());
        QVERIFY(id.exec(u"SELECT id FROM services WHERE name LIKE '<script>%'"_s) && id.next());

        report::ReportScope scope;
        scope.from = demoEnd - 90 * day;
        scope.to = demoEnd;
        scope.serviceIds = {id.value(0).toLongLong()};
        scope.trials = 1000;
        auto report = report::gatherReport(**workspace, scope);
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QCOMPARE(report->serviceNames, QStringList{hostile});

        const QByteArray bytes = views::reportHtml(*report);
        const QString html = QString::fromUtf8(bytes);
        QVERIFY(html.startsWith(u"<!DOCTYPE html>\n"_s));
        QStringList elements;
        const QString error = parseError(bytes, &elements);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(elements.value(0), u"html"_s);
        for (const QString &element : {u"head"_s, u"title"_s, u"style"_s, u"body"_s, u"svg"_s, u"table"_s})
            QVERIFY2(elements.contains(element), qPrintable(element));
        verifySelfContained(bytes);
        // The name is there, but only escaped: as the scope and in the title of the value stream.
        QVERIFY(!html.contains(hostile));
        QVERIFY(html.contains(u"Services: "_s + hostileEscaped));
        QVERIFY(html.count(hostileEscaped) >= 2);

        // Every chart of the report, inline, and the value stream map.
        const QList<report::Chart> charts = report::reportCharts(*report);
        QVERIFY(!charts.isEmpty());
        // The period has no release of the service: the empty outcome chart is left out.
        QVERIFY(report->releases.isEmpty());
        qsizetype shown = 0;
        for (const report::Chart &chart : charts) {
            const bool expected = chart.section != report::Section::Releases;
            QVERIFY2(html.contains(u"<figure id=\"%1\""_s.arg(chart.id)) == expected, qPrintable(chart.id));
            shown += expected ? 1 : 0;
        }
        QCOMPARE(html.count(u"<svg"_s), shown + 1);
        QVERIFY(html.contains(u"<figure id=\"value-stream-map\""_s));

        // The figures of the tiles, as Numbers writes them.
        for (const report::KeyFigure &figure : std::as_const(report->keys))
            QVERIFY(html.contains(report::Numbers::keyValue(figure.key, figure.value).toHtmlEscaped()));
    }

    void everyFieldOfTheDataIsEscaped()
    {
        // A hand-made report with markup in every text that comes from data.
        report::ReportData data;
        data.workspaceName = u"ws <b>bold</b> & \"quoted\""_s;
        data.serviceNames = {hostile};
        data.scope.from = demoEnd - 7 * day;
        data.scope.to = demoEnd;
        data.scope.sections = {report::Section::Summary, report::Section::ValueStream, report::Section::Releases,
                               report::Section::Appendix};
        data.generatedAt = demoEnd;
        data.summary = {u"Summary with "_s + hostile};
        report::ReleaseOutcome release;
        release.id = 1;
        release.name = u"<img src=x onerror=alert(2)>"_s;
        release.status = u"<i>odd</i>"_s;
        release.services = {hostile};
        data.releases = {release};
        data.coverage = {{u"Commits"_s, u"<iframe src=\"https://evil.example\">"_s, 3, demoEnd - day, demoEnd}};
        data.exclusions = {{u"Changes"_s, 2, u"clock </td></tr></table> skew"_s}};

        // A map whose steps are named like markup: drawn into the inline SVG as text.
        valuestream::Map map;
        map.name = hostile;
        valuestream::Step first;
        first.id = 1;
        first.name = hostile;
        first.waitMs = 3'600'000;
        first.processMs = 600'000;
        valuestream::Step second;
        second.id = 2;
        second.name = u"Deploy & <b>ship</b>"_s;
        second.waitMs = 7'200'000;
        second.processMs = 300'000;
        map.steps = {first, second};
        auto analysis = valuestream::analyse(map);
        QVERIFY2(analysis, qPrintable(analysis.errorMessage()));
        data.map = map;
        data.analysis = *analysis;

        const QByteArray bytes = views::reportHtml(data);
        const QString html = QString::fromUtf8(bytes);
        const QString error = parseError(bytes);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        verifySelfContained(bytes);
        for (const QString &raw :
             {hostile, u"<b>bold</b>"_s, u"<img"_s, u"<i>odd"_s, u"<iframe"_s, u"</td></tr></table> skew"_s})
            QVERIFY2(!html.contains(raw), qPrintable(raw));
        QVERIFY(html.contains(u"ws &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot;"_s));
        QVERIFY(html.contains(u"&lt;img src=x onerror=alert(2)&gt;"_s));
        QVERIFY(html.contains(u"clock &lt;/td&gt;&lt;/tr&gt;&lt;/table&gt; skew"_s));
        QVERIFY(html.contains(u"<figure id=\"value-stream-map\""_s));
        QVERIFY(html.contains(u"Deploy &amp; &lt;b&gt;ship&lt;/b&gt;"_s));
        QVERIFY(!html.contains(u"<b>ship"_s));
        // The sections not asked for are not there.
        QVERIFY(!html.contains(u"id=\"trends\""_s));
        QVERIFY(html.contains(u"id=\"releases\""_s));
    }

    void writeReportWritesEachFormat()
    {
        report::ReportData data;
        data.workspaceName = u"formats"_s;
        data.scope.from = demoEnd - 7 * day;
        data.scope.to = demoEnd;
        data.scope.sections = {report::Section::Summary, report::Section::Appendix};
        data.generatedAt = demoEnd;
        data.summary = {u"Nothing happened."_s};

        const QString html = m_dir.filePath(u"r.html"_s);
        auto written = views::writeReport(data, report::Format::Html, html);
        QVERIFY2(written, qPrintable(written.errorMessage()));
        QCOMPARE(*written, QStringList{html});
        QFile file(html);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), views::reportHtml(data));

        const QString json = m_dir.filePath(u"r.json"_s);
        written = views::writeReport(data, report::Format::Json, json);
        QVERIFY2(written, qPrintable(written.errorMessage()));
        QFile jsonFile(json);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        QCOMPARE(jsonFile.readAll(), report::reportJson(data));

        const QString csv = m_dir.filePath(u"csv"_s);
        written = views::writeReport(data, report::Format::Csv, csv);
        QVERIFY2(written, qPrintable(written.errorMessage()));
        QVERIFY(!written->isEmpty());
        for (const QString &path : std::as_const(*written))
            QVERIFY2(QFile::exists(path) && path.startsWith(csv), qPrintable(path));

        // A CSV report into a file, and any report into a missing folder: refused, naming the path.
        auto refused = views::writeReport(data, report::Format::Csv, html);
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(html), qPrintable(refused.errorMessage()));
        const QString missing = m_dir.filePath(u"no/such/r.html"_s);
        refused = views::writeReport(data, report::Format::Html, missing);
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(missing), qPrintable(refused.errorMessage()));
    }
};

QTEST_MAIN(TestReportHtml)
#include "tst_reporthtml.moc"
