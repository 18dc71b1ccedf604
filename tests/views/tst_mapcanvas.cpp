// SPDX-License-Identifier: GPL-3.0-or-later
#include "valuestream/mapcanvas.h"
#include "valuestream/mapexport.h"
#include "valuestream/maplayout.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <QXmlStreamReader>

using namespace flowdeck;
using namespace flowdeck::views;
using namespace Qt::StringLiterals;
using valuestream::Map;
using valuestream::Step;

namespace {

/// Shows `drawing` on `canvas` at its own size, and waits until it is on screen.
bool showDrawing(MapCanvas &canvas, const MapDrawing &drawing)
{
    canvas.setDrawing(drawing);
    canvas.resize(canvas.sizeHint());
    canvas.show();
    return QTest::qWaitForWindowExposed(&canvas);
}

/// Presses the left button at `from`, moves past the drag distance, then to `to`, and releases it there.
void drag(QWidget &canvas, QPoint from, QPoint to)
{
    QTest::mousePress(&canvas, Qt::LeftButton, {}, from);
    QTest::mouseMove(&canvas, from + QPoint(20, 0));
    QTest::mouseMove(&canvas, to);
    QTest::mouseRelease(&canvas, Qt::LeftButton, {}, to);
}

constexpr qint64 minute = 60'000;
constexpr qint64 hour = 60 * minute;
constexpr qint64 day = 24 * hour;

Step step(Id id, const QString &name, qint64 waitMs, qint64 processMs, double pct, double people, bool measured)
{
    Step s;
    s.id = id;
    s.name = name;
    s.waitMs = waitMs;
    s.processMs = processMs;
    s.pctCompleteAccurate = pct;
    s.people = people;
    s.measured = measured;
    s.sampleCount = measured ? 40 : 0;
    return s;
}

/// A line of four steps; the third is a workshop estimate with two ideas and the bottleneck.
/// Lead time: (2 h + 6 h) + (4 h + 1 h) + (2 d + 2 h) + (30 min + 15 min) = 63 h 45 min = 2 d 15 h 45 min.
/// Process time: 6 h + 1 h + 2 h + 15 min = 9 h 15 min; activity ratio 9.25 / 63.75 = 14.5 %, written "15 %";
/// rolled %C&A 0.90 × 0.80 × 0.75 × 0.95 = 51.3 %. The bottleneck waits 48 h of 63.75 h: 75 % of lead time, and its
/// lead of 50 h is 78 % of it.
Map lineMap()
{
    Map map;
    map.name = u"Checkout"_s;
    map.steps = {step(1, u"Code"_s, 2 * hour, 6 * hour, 90, 1, true),
                 step(2, u"Review"_s, 4 * hour, 1 * hour, 80, 2, true),
                 step(3, u"CAB approval"_s, 2 * day, 2 * hour, 75, 6, false),
                 step(4, u"Deploy"_s, 30 * minute, 15 * minute, 95, 1, true)};
    map.steps[1].wip = 5;
    map.steps[2].improvementIdeas = u"Pre-approve standard changes\nAutomate the change record"_s;
    map.steps[2].notes = u"Meets on Thursdays"_s;
    return map;
}

/// A splits into B (3 h) and C (1 h), which join in D: the critical path is A, B, D.
Map parallelMap()
{
    Map map;
    map.name = u"Branches"_s;
    map.steps = {step(11, u"Split"_s, hour, hour, 100, 1, true), step(12, u"Long branch"_s, 0, 3 * hour, 100, 1, true),
                 step(13, u"Short branch"_s, 0, hour, 100, 1, true), step(14, u"Join"_s, hour, hour, 100, 1, true)};
    map.edges = {{11, 12}, {11, 13}, {12, 14}, {13, 14}};
    return map;
}

MapDrawing drawingOf(const Map &map, const QString &caption = u"Current state"_s)
{
    MapDrawing drawing;
    drawing.map = map;
    auto analysis = valuestream::analyse(map);
    if (analysis)
        drawing.analysis = *analysis;
    drawing.caption = caption;
    return drawing;
}

/// Every piece of text in an SVG document, in document order, one space between pieces.
QString svgText(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QXmlStreamReader xml(&file);
    QStringList texts;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isCharacters() && !xml.isWhitespace())
            texts.append(xml.text().toString());
    }
    if (xml.hasError())
        *error = xml.errorString() + u" at line "_s + QString::number(xml.lineNumber());
    return texts.join(u' ').simplified();
}

int nonWhitePixels(const QImage &image)
{
    int count = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            if (image.pixel(x, y) != qRgb(255, 255, 255))
                ++count;
        }
    }
    return count;
}

/// A realistic stream from first commit to production: two test branches, a security review and a change
/// approval (a workshop estimate) whose three-day wait makes it the bottleneck.
Map realisticMap()
{
    Map map;
    map.name = u"Web shop"_s;
    auto add = [&map](Id id, const QString &name, const char *kind, std::optional<qint64> wait, qint64 process,
                      std::optional<double> pct, std::optional<double> people, bool measured) {
        Step s = step(id, name, wait.value_or(0), process, pct.value_or(0), people.value_or(0), measured);
        s.waitMs = wait;
        s.pctCompleteAccurate = pct;
        s.people = people;
        s.kind = QString::fromLatin1(kind);
        s.sampleCount = measured ? 142 : 0;
        map.steps.append(s);
    };
    add(1, u"Coding"_s, valuestream::StepKind::Coding, 4 * hour, day + 2 * hour, 90, 1, true);
    add(2, u"Code review"_s, valuestream::StepKind::Review, 6 * hour, 45 * minute, 85, 2, true);
    add(3, u"Build"_s, valuestream::StepKind::Build, 4 * minute, 12 * minute, 96, std::nullopt, true);
    add(4, u"Unit tests"_s, valuestream::StepKind::Test, 2 * minute, 9 * minute, 97, std::nullopt, true);
    add(5, u"Integration tests"_s, valuestream::StepKind::Test, 15 * minute, 38 * minute, 88, std::nullopt, true);
    add(6, u"Deploy to staging"_s, valuestream::StepKind::Deploy, 90 * minute, 8 * minute, 95, std::nullopt, true);
    add(7, u"Security review"_s, valuestream::StepKind::Security, 11 * hour, hour, 92, 1, true);
    add(8, u"Change approval"_s, valuestream::StepKind::Approval, 3 * day, 30 * minute, 80, 6, false);
    add(9, u"Deploy to production"_s, valuestream::StepKind::Deploy, 2 * hour, 15 * minute, 94, 1, true);
    map.steps[1].wip = 7;
    map.steps[6].wip = 4;
    map.steps[7].wip = 12;
    map.steps[1].improvementIdeas = u"Review within 4 hours as a team agreement\nSmaller pull requests"_s;
    map.steps[7].improvementIdeas =
        u"Pre-approve standard changes\nChange record filled from the pipeline\nDaily async review instead of the weekly board"_s;
    map.steps[7].notes = u"The change advisory board meets on Thursdays."_s;
    map.edges = {{1, 2}, {2, 3}, {3, 4}, {3, 5}, {4, 6}, {5, 6}, {6, 7}, {7, 8}, {8, 9}};
    return map;
}

/// Whether a push arrow's route crosses the box of a step other than the two it joins.
QString crossedBox(const MapLayout &layout)
{
    for (const EdgeRoute &route : layout.edges) {
        for (qsizetype i = 1; i < route.points.size(); ++i) {
            const QPointF a = route.points[i - 1];
            const QPointF b = route.points[i];
            const QRectF segment = QRectF(a, b).normalized().adjusted(-0.5, -0.5, 0.5, 0.5);
            for (const StepPlace &place : layout.steps) {
                if (place.id == route.from || place.id == route.to)
                    continue;
                if (segment.intersects(place.box.adjusted(1, 1, -1, -1)))
                    return QString::number(route.from) + u" -> "_s + QString::number(route.to) + u" crosses "_s +
                           QString::number(place.id);
            }
        }
    }
    return {};
}

/// Two branches of different length between a split and a join, and an edge that skips a step.
Map branchesOfTwoLengths(bool longBranchCritical)
{
    Map map;
    map.name = u"Two lengths"_s;
    const qint64 short_ = longBranchCritical ? hour : 10 * hour;
    map.steps = {
        step(21, u"Start"_s, hour, hour, 100, 1, true),         step(22, u"First of two"_s, hour, hour, 100, 1, true),
        step(23, u"Second of two"_s, hour, hour, 100, 1, true), step(24, u"One step"_s, hour, short_, 100, 1, true),
        step(25, u"Join"_s, hour, hour, 100, 1, true),          step(26, u"End"_s, hour, hour, 100, 1, true)};
    map.edges = {{21, 22}, {22, 23}, {23, 25}, {21, 24}, {24, 25}, {25, 26}, {21, 26}};
    return map;
}

} // namespace

Q_DECLARE_METATYPE(flowdeck::valuestream::Map)

class TestMapCanvas : public QObject
{
    Q_OBJECT

private slots:
    void stepsAreHitAndGapsMissed()
    {
        const MapDrawing drawing = drawingOf(lineMap());
        const QFont font;
        QList<QRectF> boxes;
        for (const Step &s : drawing.map.steps) {
            const QRectF box = stepRect(drawing, font, s.id);
            QVERIFY2(!box.isEmpty(), qPrintable(s.name));
            QCOMPARE(stepAt(drawing, font, box.center()), s.id);
            QCOMPARE(stepAt(drawing, font, box.topLeft() + QPointF(2, 2)), s.id);
            boxes.append(box);
        }
        for (qsizetype i = 0; i < boxes.size(); ++i) {
            for (qsizetype j = i + 1; j < boxes.size(); ++j)
                QVERIFY(!boxes[i].intersects(boxes[j]));
        }
        // A line: left to right in list order, on one row, with gaps between the boxes where nothing is hit.
        for (qsizetype i = 1; i < boxes.size(); ++i) {
            QVERIFY(boxes[i].left() > boxes[i - 1].right());
            QCOMPARE(boxes[i].top(), boxes[0].top());
            const QPointF gap((boxes[i - 1].right() + boxes[i].left()) / 2, boxes[i].center().y());
            QCOMPARE(stepAt(drawing, font, gap), Id(0));
        }
        QCOMPARE(stepAt(drawing, font, QPointF(1, 1)), Id(0));
        QCOMPARE(stepRect(drawing, font, 999), QRectF());
        const QSizeF size = mapDrawingSize(drawing, font);
        for (const QRectF &box : boxes)
            QVERIFY(QRectF(QPointF(0, 0), size).contains(box));
    }

    void parallelStepsShareAColumn()
    {
        const MapDrawing drawing = drawingOf(parallelMap());
        QVERIFY(drawing.analysis);
        QCOMPARE(drawing.analysis->criticalPath, (QList<Id>{11, 12, 14}));
        const QFont font;
        const QRectF split = stepRect(drawing, font, 11);
        const QRectF longBranch = stepRect(drawing, font, 12);
        const QRectF shortBranch = stepRect(drawing, font, 13);
        const QRectF join = stepRect(drawing, font, 14);
        QCOMPARE(longBranch.left(), shortBranch.left());
        QVERIFY(!longBranch.intersects(shortBranch));
        QVERIFY(split.right() < longBranch.left());
        QVERIFY(longBranch.right() < join.left());
        // The critical path runs on one row; the other branch stacks above it.
        QCOMPARE(split.top(), longBranch.top());
        QCOMPARE(join.top(), longBranch.top());
        QVERIFY(shortBranch.bottom() < longBranch.top());
        QCOMPARE(stepAt(drawing, font, QPointF(longBranch.center().x(), (shortBranch.bottom() + longBranch.top()) / 2)),
                 Id(0));
        for (const Id id : {11, 12, 13, 14})
            QCOMPARE(stepAt(drawing, font, stepRect(drawing, font, id).center()), id);
    }

    void presentationIsLarger()
    {
        MapDrawing drawing = drawingOf(lineMap());
        const QFont font;
        const QSizeF normal = mapDrawingSize(drawing, font);
        const QSizeF normalBox = stepRect(drawing, font, 1).size();
        drawing.presentation = true;
        const QSizeF large = mapDrawingSize(drawing, font);
        const QSizeF largeBox = stepRect(drawing, font, 1).size();
        QVERIFY(large.width() > normal.width() * 1.4);
        QVERIFY(large.height() > normal.height() * 1.4);
        QVERIFY(largeBox.height() > normalBox.height() * 1.4);
    }

    void svgExportHasTheFigures()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const MapDrawing drawing = drawingOf(lineMap());
        QVERIFY(drawing.analysis && drawing.analysis->bottleneck);
        QCOMPARE(drawing.analysis->bottleneck->id, Id(3));
        QCOMPARE(drawing.analysis->bottleneck->reason, u"waits 2 d before it starts: 75 % of lead time"_s);
        const QString path = dir.filePath(u"map.svg"_s);
        const Result<void> written = exportMapSvg({drawing}, QFont(), path);
        QVERIFY2(written.ok(), qPrintable(written.errorMessage()));

        QString error;
        const QString text = svgText(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const Step &s : drawing.map.steps)
            QVERIFY2(text.contains(s.name), qPrintable(s.name));
        QVERIFY(text.contains(u"Current state"_s));
        // The estimate's figures: its wait under the triangle, its process time in the box and on the ladder.
        QVERIFY(text.contains(u"≈ 2 d"_s));
        QVERIFY(text.contains(u"≈ 2 h"_s));
        QVERIFY(text.contains(u"≈ 6"_s));
        QVERIFY(text.contains(u"waits 2 d before it starts: 75 % of lead time"_s));
        QVERIFY(text.contains(u"Bottleneck: 78 % of lead time"_s));
        QVERIFY(text.contains(u"2 d 15 h 45 min"_s));
        QVERIFY(text.contains(u"9 h 15 min"_s));
        QVERIFY(text.contains(u"15 %"_s));
        QVERIFY(text.contains(u"51.3 %"_s));
        QVERIFY(text.contains(u"Pre-approve standard changes"_s));
        QVERIFY(text.contains(u"+1 more"_s));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray svg = file.readAll();
        QVERIFY(svg.contains("viewBox="));
        QVERIFY(svg.contains("<title>Value stream map: Checkout</title>"));
    }

    void svgStacksDrawings()
    {
        QTemporaryDir dir;
        MapDrawing current = drawingOf(lineMap());
        Map shorter = lineMap();
        shorter.steps.removeAt(2);
        MapDrawing future = drawingOf(shorter, u"Future state"_s);
        current.scaleMs = future.scaleMs = current.analysis->totalLeadMs;
        const QString path = dir.filePath(u"both.svg"_s);
        QVERIFY(exportMapSvg({current, future}, QFont(), path).ok());
        QString error;
        const QString text = svgText(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(text.indexOf(u"Current state"_s) < text.indexOf(u"Future state"_s));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray svg = file.readAll();
        const QSizeF a = mapDrawingSize(current, QFont());
        const QSizeF b = mapDrawingSize(future, QFont());
        // As wide as the wider one, as high as both with the gap between them.
        QVERIFY(a.width() > b.width());
        const QByteArray viewBox = "viewBox=\"0 0 " + QByteArray::number(a.width()) + ' ' +
                                   QByteArray::number(a.height() + b.height() + 32) + '"';
        QVERIFY2(svg.contains(viewBox), viewBox.constData());
    }

    void pngExportHasTheSizeAndTheColours()
    {
        QTemporaryDir dir;
        const MapDrawing drawing = drawingOf(lineMap());
        const QString path = dir.filePath(u"map.png"_s);
        const Result<void> written = exportMapPng({drawing}, QFont(), path, 2.0);
        QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
        const QImage image(path);
        QVERIFY(!image.isNull());
        const QSizeF size = mapDrawingSize(drawing, QFont());
        QCOMPARE(image.size(), QSize(qCeil(size.width() * 2), qCeil(size.height() * 2)));
        QVERIFY(nonWhitePixels(image) > image.width() * image.height() / 4 / 50);
        QCOMPARE(image.pixel(1, 1), qRgb(255, 255, 255));
        // The bottleneck's title bar is vermillion (#D55E00), a measured step's is not.
        const QRectF bottleneck = stepRect(drawing, QFont(), 3);
        const QColor title = image.pixelColor(qRound((bottleneck.left() + 10) * 2), qRound((bottleneck.top() + 8) * 2));
        QCOMPARE(title, QColor(0xD5, 0x5E, 0x00));
        const QRectF code = stepRect(drawing, QFont(), 1);
        QVERIFY(image.pixelColor(qRound((code.left() + 10) * 2), qRound((code.top() + 8) * 2)) != title);
    }

    void exportToAMissingFolderFails()
    {
        QTemporaryDir dir;
        const QString svgPath = dir.filePath(u"no-such-folder/map.svg"_s);
        const Result<void> svg = exportMapSvg({drawingOf(lineMap())}, QFont(), svgPath);
        QVERIFY(!svg.ok());
        QVERIFY2(svg.errorMessage().contains(svgPath), qPrintable(svg.errorMessage()));
        QVERIFY(!QFile::exists(svgPath));
        const QString pngPath = dir.filePath(u"no-such-folder/map.png"_s);
        const Result<void> png = exportMapPng({drawingOf(lineMap())}, QFont(), pngPath);
        QVERIFY(!png.ok());
        QVERIFY2(png.errorMessage().contains(pngPath), qPrintable(png.errorMessage()));
        const Result<void> nothing = exportMapPng({}, QFont(), dir.filePath(u"empty.png"_s));
        QVERIFY(!nothing.ok());
        QVERIFY(nothing.errorMessage().contains(dir.filePath(u"empty.png"_s)));
    }

    void keyboardWalksThroughTheSteps()
    {
        MapCanvas canvas;
        canvas.setDrawing(drawingOf(lineMap()));
        canvas.resize(canvas.sizeHint());
        canvas.show();
        QVERIFY(QTest::qWaitForWindowExposed(&canvas));
        QCOMPARE(canvas.focusPolicy(), Qt::StrongFocus);
        QSignalSpy selected(&canvas, &MapCanvas::stepSelected);
        QSignalSpy activated(&canvas, &MapCanvas::stepActivated);
        for (int i = 0; i < 5; ++i)
            QTest::keyClick(&canvas, Qt::Key_Right);
        QCOMPARE(selected.size(), 4);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(selected[i].at(0).value<Id>(), Id(i + 1));
        QCOMPARE(canvas.selectedStep(), Id(4));
        QTest::keyClick(&canvas, Qt::Key_Left);
        QCOMPARE(selected.last().at(0).value<Id>(), Id(3));
        QTest::keyClick(&canvas, Qt::Key_Home);
        QCOMPARE(selected.last().at(0).value<Id>(), Id(1));
        QTest::keyClick(&canvas, Qt::Key_End);
        QCOMPARE(selected.last().at(0).value<Id>(), Id(4));
        QTest::keyClick(&canvas, Qt::Key_Return);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated[0].at(0).value<Id>(), Id(4));
        QCOMPARE(canvas.drawing().selectedStepId, Id(4));
        // Tab walks on through the steps too.
        QTest::keyClick(&canvas, Qt::Key_Home);
        QTest::keyClick(&canvas, Qt::Key_Tab);
        QCOMPARE(canvas.selectedStep(), Id(2));
        QTest::keyClick(&canvas, Qt::Key_Backtab);
        QCOMPARE(canvas.selectedStep(), Id(1));
    }

    void selectionScrollsIntoView_data()
    {
        QTest::addColumn<qreal>("zoom");
        QTest::addColumn<bool>("inContainer");
        QTest::newRow("1:1") << 1.0 << false;
        QTest::newRow("200 %") << 2.0 << false;
        // As on the page: in a container's layout, in a scroll area that resizes the container.
        QTest::newRow("200 %, in a container") << 2.0 << true;
    }

    void selectionScrollsIntoView()
    {
        QFETCH(qreal, zoom);
        QFETCH(bool, inContainer);
        QScrollArea area;
        auto *canvas = new MapCanvas;
        canvas->setDrawing(drawingOf(lineMap()));
        canvas->setZoom(zoom);
        if (inContainer) {
            auto *container = new QWidget;
            auto *layout = new QVBoxLayout(container);
            layout->addWidget(canvas, 0, Qt::AlignLeft | Qt::AlignTop);
            layout->addStretch(1);
            area.setWidgetResizable(true);
            area.setWidget(container);
        } else {
            area.setWidget(canvas);
        }
        area.resize(400, 300);
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        QCOMPARE(canvas->zoom(), zoom);
        QCOMPARE(area.horizontalScrollBar()->value(), 0);
        canvas->setFocus();
        QTest::keyClick(canvas, Qt::Key_End);
        QCOMPARE(canvas->selectedStep(), Id(4));
        // The last box, where the zoom puts it, is now inside the viewport.
        const QRectF drawn = stepRect(canvas->drawing(), canvas->font(), 4);
        const QRect box(QPointF(drawn.topLeft() * zoom).toPoint(), QSizeF(drawn.size() * zoom).toSize());
        const QRect visible(canvas->mapFrom(area.viewport(), QPoint(0, 0)), area.viewport()->size());
        QVERIFY(area.horizontalScrollBar()->value() > 0);
        QVERIFY2(visible.contains(box.center()), qPrintable(u"%1 %2"_s.arg(visible.x()).arg(box.x())));
    }

    void zoomScalesTheSize()
    {
        MapCanvas canvas;
        QSignalSpy zoomed(&canvas, &MapCanvas::zoomChanged);
        QSignalSpy fitted(&canvas, &MapCanvas::fitToWidthChanged);
        QVERIFY(canvas.fitsToWidth());
        const MapDrawing drawing = drawingOf(lineMap());
        canvas.setDrawing(drawing);
        // Outside a scroll area there is no width to fit to: 1:1.
        QCOMPARE(canvas.zoom(), 1.0);
        const QSize full = canvas.sizeHint();
        const QSizeF drawn = mapDrawingSize(drawing, canvas.font());
        QVERIFY(std::abs(full.width() - drawn.width()) <= 2);

        canvas.setZoom(0.5);
        QCOMPARE(canvas.zoom(), 0.5);
        QVERIFY(!canvas.fitsToWidth());
        QCOMPARE(fitted.size(), 1);
        QCOMPARE(fitted[0].at(0).toBool(), false);
        QCOMPARE(zoomed.size(), 1);
        QCOMPARE(zoomed[0].at(0).toReal(), 0.5);
        QVERIFY2(std::abs(canvas.sizeHint().width() - full.width() / 2.0) <= 2,
                 qPrintable(QString::number(canvas.sizeHint().width())));
        QVERIFY(std::abs(canvas.sizeHint().height() - full.height() / 2.0) <= 2);
        QCOMPARE(canvas.minimumSizeHint(), canvas.sizeHint());
        canvas.setZoom(2.0);
        QVERIFY(std::abs(canvas.sizeHint().width() - 2.0 * full.width()) <= 3);

        // Clamped to 25 %..200 %.
        canvas.setZoom(10);
        QCOMPARE(canvas.zoom(), 2.0);
        canvas.setZoom(0.01);
        QCOMPARE(canvas.zoom(), 0.25);
        // The ladder: 25, 33, 40, 50, 67, 80, 100, 125, 150, 200 %.
        canvas.zoomIn();
        QCOMPARE(canvas.zoom(), 1.0 / 3);
        canvas.setZoom(1.0);
        canvas.zoomIn();
        QCOMPARE(canvas.zoom(), 1.25);
        canvas.zoomOut();
        canvas.zoomOut();
        QCOMPARE(canvas.zoom(), 0.8);
        canvas.setZoom(0.45);
        canvas.zoomOut();
        QCOMPARE(canvas.zoom(), 0.4);
        canvas.setZoom(1.9);
        canvas.zoomIn();
        QCOMPARE(canvas.zoom(), 2.0);
        canvas.zoomIn();
        QCOMPARE(canvas.zoom(), 2.0);

        // The drawing itself, which the exports draw, stays as it was.
        QCOMPARE(mapDrawingSize(canvas.drawing(), canvas.font()), drawn);
    }

    void stepsAreHitThroughTheZoom()
    {
        MapCanvas canvas;
        const MapDrawing drawing = drawingOf(lineMap());
        canvas.setDrawing(drawing);
        canvas.setZoom(0.5);
        canvas.resize(canvas.sizeHint());
        canvas.show();
        QVERIFY(QTest::qWaitForWindowExposed(&canvas));
        QSignalSpy selected(&canvas, &MapCanvas::stepSelected);
        for (const Id id : {1, 2, 3, 4}) {
            const QPoint half = (stepRect(drawing, canvas.font(), id).center() * 0.5).toPoint();
            QTest::mouseClick(&canvas, Qt::LeftButton, {}, half);
            QCOMPARE(canvas.selectedStep(), id);
        }
        // At 1:1's coordinates of "Review" the half-size drawing has something else, or nothing.
        const QPoint review = stepRect(drawing, canvas.font(), 2).center().toPoint();
        QTest::mouseClick(&canvas, Qt::LeftButton, {}, review);
        QVERIFY(canvas.selectedStep() != Id(2));

        // Tooltips and the context menu go through the zoom too.
        const QPoint halfReview = (stepRect(drawing, canvas.font(), 2).center() * 0.5).toPoint();
        QHelpEvent help(QEvent::ToolTip, halfReview, canvas.mapToGlobal(halfReview));
        QCoreApplication::sendEvent(&canvas, &help);
        QVERIFY2(QToolTip::text().contains(u"Review"_s), qPrintable(QToolTip::text()));
        QVERIFY(!QToolTip::text().contains(u"CAB approval"_s));
        QSignalSpy requested(&canvas, &MapCanvas::contextMenuRequested);
        QContextMenuEvent onReview(QContextMenuEvent::Mouse, halfReview, canvas.mapToGlobal(halfReview));
        QCoreApplication::sendEvent(&canvas, &onReview);
        canvas.selectStep(3);
        QContextMenuEvent byKey(QContextMenuEvent::Keyboard, QPoint(), canvas.mapToGlobal(QPoint()));
        QCoreApplication::sendEvent(&canvas, &byKey);
        QCOMPARE(requested.size(), 2);
        QCOMPARE(requested[0].at(0).value<Id>(), Id(2));
        QCOMPARE(requested[1].at(0).value<Id>(), Id(3));
        // From the keyboard the menu opens on the step's box where it is drawn, at half size.
        const QPointF cab = stepRect(drawing, canvas.font(), 3).center() * 0.5;
        QVERIFY((canvas.mapFromGlobal(requested[1].at(1).toPoint()) - cab).manhattanLength() <= 2);
    }

    void dragAtHalfZoom()
    {
        MapCanvas canvas;
        const MapDrawing drawing = drawingOf(lineMap());
        canvas.setDrawing(drawing);
        canvas.setZoom(0.5);
        canvas.resize(canvas.sizeHint());
        canvas.show();
        QVERIFY(QTest::qWaitForWindowExposed(&canvas));
        QSignalSpy moved(&canvas, &MapCanvas::moveRequested);
        const auto centre = [&](Id id) {
            return stepRect(drawing, canvas.font(), id).center() * 0.5;
        };
        // "Code" dropped between "CAB approval" and "Deploy" where they are drawn at half size: index 2.
        const QPoint from = centre(1).toPoint();
        const QPoint to(qRound((centre(3).x() + centre(4).x()) / 2), from.y());
        QTest::mousePress(&canvas, Qt::LeftButton, {}, from);
        QTest::mouseMove(&canvas, from + QPoint(20, 0));
        QTest::mouseMove(&canvas, to);
        // The drop marker stands in that gap, at half size too.
        const QImage dragging = canvas.grab().toImage();
        const QRectF cab = stepRect(drawing, canvas.font(), 3);
        const QRectF deploy = stepRect(drawing, canvas.font(), 4);
        const QPoint marker(qRound((cab.right() + deploy.left()) / 4), qRound((cab.bottom() - 4) / 2));
        QCOMPARE(dragging.pixelColor(marker * dragging.devicePixelRatio()),
                 canvas.palette().color(QPalette::Highlight));
        QTest::mouseRelease(&canvas, Qt::LeftButton, {}, to);
        QCOMPARE(moved.size(), 1);
        QCOMPARE(moved[0].at(0).value<Id>(), Id(1));
        QCOMPARE(moved[0].at(1).toInt(), 2);

        // "Code" dropped between "Review" and "CAB approval": one step left of it, index 1. At 1:1 coordinates the
        // same pointer position would be past "Deploy" (index 3).
        const QPoint between(qRound((centre(2).x() + centre(3).x()) / 2), from.y());
        drag(canvas, from, between);
        QCOMPARE(moved.size(), 2);
        QCOMPARE(moved[1].at(1).toInt(), 1);
    }

    void fitsToTheWidthOfTheScrollArea()
    {
        // As the page places it: in a container's vertical layout, aligned left and top, in a scroll area that
        // resizes the container.
        QScrollArea area;
        area.setWidgetResizable(true);
        auto *container = new QWidget;
        auto *layout = new QVBoxLayout(container);
        layout->setContentsMargins(0, 0, 0, 0);
        auto *canvas = new MapCanvas(container);
        const MapDrawing drawing = drawingOf(::realisticMap());
        canvas->setDrawing(drawing);
        layout->addWidget(canvas, 0, Qt::AlignLeft | Qt::AlignTop);
        layout->addStretch(1);
        area.setWidget(container);
        const qreal full = mapDrawingSize(drawing, canvas->font()).width();
        // Nine steps in eight columns: more than twice as wide as the area at 1:1.
        QVERIFY2(full > 2200, qPrintable(QString::number(full)));
        area.resize(1100, 600);
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        QSignalSpy zoomed(canvas, &MapCanvas::zoomChanged);

        const auto fitsIn = [&](const char *what) {
            QTRY_VERIFY2(canvas->width() <= area.viewport()->width(), what);
            // It fills the width, but for the room of a vertical scroll bar.
            const int scrollBar = area.verticalScrollBar()->sizeHint().width();
            QVERIFY2(canvas->width() >= area.viewport()->width() - scrollBar - 4, what);
            QTRY_COMPARE(area.horizontalScrollBar()->maximum(), 0);
        };
        QVERIFY(canvas->fitsToWidth());
        QVERIFY(canvas->zoom() < 1.0);
        QVERIFY(canvas->zoom() >= MapCanvas::minimumFitZoom);
        fitsIn("1100 px");
        const qreal narrower = canvas->zoom();

        area.resize(1500, 600);
        QTRY_VERIFY(canvas->zoom() > narrower);
        QVERIFY(canvas->zoom() < 1.0);
        fitsIn("1500 px");
        QVERIFY(zoomed.size() >= 1);

        // Never above 1:1.
        area.resize(int(full) + 400, 600);
        QTRY_COMPARE(canvas->zoom(), 1.0);
        QCOMPARE(canvas->width(), canvas->sizeHint().width());

        // Never below the smallest readable scale: then it scrolls.
        area.resize(300, 600);
        QTRY_COMPARE(canvas->zoom(), MapCanvas::minimumFitZoom);
        QTRY_VERIFY(area.horizontalScrollBar()->maximum() > 0);
    }

    void fitsAloneInAScrollArea()
    {
        // As the presentation places it: the scroll area's own widget, which keeps the canvas at its size.
        QScrollArea area;
        area.setAlignment(Qt::AlignCenter);
        auto *canvas = new MapCanvas;
        MapDrawing drawing = drawingOf(::realisticMap());
        drawing.presentation = true;
        canvas->setDrawing(drawing);
        area.setWidget(canvas);
        area.resize(1700, 700);
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        QVERIFY(canvas->zoom() < 1.0);
        QCOMPARE(canvas->size(), canvas->sizeHint());
        QVERIFY(canvas->width() <= area.viewport()->width());
        QCOMPARE(area.horizontalScrollBar()->maximum(), 0);
        const qreal before = canvas->zoom();
        area.resize(2100, 700);
        QTRY_VERIFY(canvas->zoom() > before);
        QCOMPARE(canvas->size(), canvas->sizeHint());
        QVERIFY(canvas->width() <= area.viewport()->width());
    }

    void sharedZoomFitsTheWiderMap()
    {
        QScrollArea area;
        area.setWidgetResizable(true);
        auto *container = new QWidget;
        auto *layout = new QVBoxLayout(container);
        layout->setContentsMargins(0, 0, 0, 0);
        auto *wide = new MapCanvas(container);
        auto *narrow = new MapCanvas(container);
        wide->setDrawing(drawingOf(::realisticMap()));
        narrow->setDrawing(drawingOf(lineMap()));
        wide->shareZoomWith(narrow);
        layout->addWidget(wide, 0, Qt::AlignLeft | Qt::AlignTop);
        layout->addWidget(narrow, 0, Qt::AlignLeft | Qt::AlignTop);
        layout->addStretch(1);
        area.setWidget(container);
        area.resize(1200, 700);
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        // One zoom, so that both maps keep one time scale; the wider map fits.
        QVERIFY(wide->zoom() < 1.0);
        QCOMPARE(narrow->zoom(), wide->zoom());
        QTRY_VERIFY(wide->width() <= area.viewport()->width());
        QVERIFY(narrow->width() < wide->width());

        // Hidden, the wide map no longer counts: the line map alone fits at a larger scale.
        const qreal both = wide->zoom();
        wide->hide();
        QVERIFY(narrow->zoom() > both);
        wide->show();
        QCOMPARE(narrow->zoom(), both);

        // Zooming one zooms both and turns fit to width off for both.
        QSignalSpy narrowFit(narrow, &MapCanvas::fitToWidthChanged);
        wide->zoomIn();
        QCOMPARE(narrow->zoom(), wide->zoom());
        QVERIFY(!narrow->fitsToWidth());
        QCOMPARE(narrowFit.size(), 1);
        narrow->setFitToWidth(true);
        QVERIFY(wide->fitsToWidth());
        QCOMPARE(wide->zoom(), both);
    }

    void controlWheelZooms()
    {
        QScrollArea area;
        area.setWidgetResizable(true);
        auto *container = new QWidget;
        auto *layout = new QVBoxLayout(container);
        auto *canvas = new MapCanvas(container);
        const MapDrawing drawing = drawingOf(::realisticMap());
        canvas->setDrawing(drawing);
        layout->addWidget(canvas, 0, Qt::AlignLeft | Qt::AlignTop);
        layout->addStretch(1);
        area.setWidget(container);
        area.resize(1200, 600);
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        QVERIFY(canvas->fitsToWidth());
        const qreal fitted = canvas->zoom();
        QSignalSpy fit(canvas, &MapCanvas::fitToWidthChanged);

        // Without Ctrl the wheel scrolls and leaves the zoom.
        const auto wheel = [&](QPoint at, int delta, Qt::KeyboardModifiers modifiers) {
            QWheelEvent event(at, canvas->mapToGlobal(at), QPoint(), QPoint(0, delta), Qt::NoButton, modifiers,
                              Qt::NoScrollPhase, false);
            QCoreApplication::sendEvent(canvas, &event);
        };
        const QPoint security = (stepRect(drawing, canvas->font(), 7).center() * fitted).toPoint();
        wheel(security, 120, Qt::NoModifier);
        QCOMPARE(canvas->zoom(), fitted);
        QVERIFY(canvas->fitsToWidth());

        // One notch up with Ctrl: 1.25 times larger, fit to width off.
        const QPoint inViewport = canvas->mapTo(area.viewport(), security);
        wheel(security, 120, Qt::ControlModifier);
        QVERIFY(std::abs(canvas->zoom() - 1.25 * fitted) < 1e-9);
        QVERIFY(!canvas->fitsToWidth());
        QCOMPARE(fit.size(), 1);
        QCOMPARE(fit[0].at(0).toBool(), false);
        QTRY_VERIFY(canvas->width() > area.viewport()->width());
        // The point under the pointer stays under it: the map scrolled to keep it there (across; the map is not taller
        // than the viewport, so it cannot scroll down).
        QVERIFY(area.horizontalScrollBar()->value() > 0);
        const QPoint under = canvas->mapFrom(area.viewport(), inViewport);
        const QPointF centre = stepRect(drawing, canvas->font(), 7).center();
        QVERIFY2(std::abs(under.x() / canvas->zoom() - centre.x()) < 3, qPrintable(QString::number(under.x())));
        QCOMPARE(stepAt(drawing, canvas->font(), QPointF(under.x() / canvas->zoom(), centre.y())), Id(7));

        // Two notches down.
        wheel(under, -240, Qt::ControlModifier);
        QVERIFY(std::abs(canvas->zoom() - fitted / 1.25) < 1e-9);
        // Resizing the area leaves a chosen zoom alone.
        const qreal chosen = canvas->zoom();
        area.resize(1300, 600);
        QTest::qWait(20);
        QCOMPARE(canvas->zoom(), chosen);
    }

    void keysZoom()
    {
        QScrollArea area;
        area.setWidgetResizable(true);
        auto *container = new QWidget;
        auto *layout = new QVBoxLayout(container);
        auto *canvas = new MapCanvas(container);
        canvas->setDrawing(drawingOf(::realisticMap()));
        layout->addWidget(canvas, 0, Qt::AlignLeft | Qt::AlignTop);
        area.setWidget(container);
        // A window action with the same shortcut does not take the key from the canvas.
        auto *reset = new QAction(&area);
        reset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
        area.addAction(reset);
        QSignalSpy resetTriggered(reset, &QAction::triggered);
        area.resize(900, 600);
        area.show();
        area.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&area));
        canvas->setFocus();
        QVERIFY(canvas->zoom() < 1.0);

        QTest::keyClick(canvas, Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(canvas->zoom(), 1.0);
        QVERIFY(!canvas->fitsToWidth());
        QCOMPARE(resetTriggered.size(), 0);
        QTest::keyClick(canvas, Qt::Key_Plus, Qt::ControlModifier);
        QCOMPARE(canvas->zoom(), 1.25);
        QTest::keyClick(canvas, Qt::Key_Equal, Qt::ControlModifier);
        QCOMPARE(canvas->zoom(), 1.5);
        QTest::keyClick(canvas, Qt::Key_Minus, Qt::ControlModifier);
        QTest::keyClick(canvas, Qt::Key_Minus, Qt::ControlModifier);
        QTest::keyClick(canvas, Qt::Key_Minus, Qt::ControlModifier);
        QCOMPARE(canvas->zoom(), 0.8);
        // A plain 0 or minus zooms nothing.
        QTest::keyClick(canvas, Qt::Key_0);
        QTest::keyClick(canvas, Qt::Key_Minus);
        QCOMPARE(canvas->zoom(), 0.8);
        QTest::keyClick(canvas, Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(canvas->zoom(), 1.0);
        // Without the focus on the canvas the window's action has the key.
        area.setFocus();
        QTest::keyClick(&area, Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(resetTriggered.size(), 1);
    }

    void contextMenuNamesTheStep()
    {
        MapCanvas canvas;
        const MapDrawing drawing = drawingOf(lineMap());
        QVERIFY(showDrawing(canvas, drawing));
        QSignalSpy requested(&canvas, &MapCanvas::contextMenuRequested);
        const QPoint review = stepRect(drawing, canvas.font(), 2).center().toPoint();
        QContextMenuEvent onReview(QContextMenuEvent::Mouse, review, canvas.mapToGlobal(review));
        QCoreApplication::sendEvent(&canvas, &onReview);
        QContextMenuEvent onNothing(QContextMenuEvent::Mouse, QPoint(2, 2), canvas.mapToGlobal(QPoint(2, 2)));
        QCoreApplication::sendEvent(&canvas, &onNothing);
        QCOMPARE(requested.size(), 2);
        QCOMPARE(requested[0].at(0).value<Id>(), Id(2));
        QCOMPARE(requested[0].at(1).toPoint(), canvas.mapToGlobal(review));
        QCOMPARE(requested[1].at(0).value<Id>(), Id(0));
    }

    void clickSelectsAndDoubleClickActivates()
    {
        MapCanvas canvas;
        const MapDrawing drawing = drawingOf(lineMap());
        QVERIFY(showDrawing(canvas, drawing));
        QSignalSpy selected(&canvas, &MapCanvas::stepSelected);
        QSignalSpy activated(&canvas, &MapCanvas::stepActivated);
        const QPoint review = stepRect(drawing, canvas.font(), 2).center().toPoint();
        QTest::mouseClick(&canvas, Qt::LeftButton, {}, review);
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected[0].at(0).value<Id>(), Id(2));
        QTest::mouseDClick(&canvas, Qt::LeftButton, {}, review);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated[0].at(0).value<Id>(), Id(2));
        QTest::mouseClick(&canvas, Qt::LeftButton, {}, QPoint(2, 2));
        QCOMPARE(canvas.selectedStep(), Id(0));
    }

    void dragRequestsAMove()
    {
        MapCanvas canvas;
        const MapDrawing drawing = drawingOf(lineMap());
        QVERIFY(showDrawing(canvas, drawing));
        QSignalSpy moved(&canvas, &MapCanvas::moveRequested);
        const auto centre = [&](Id id) {
            return stepRect(drawing, canvas.font(), id).center();
        };
        // As the page does: a selection comes back as a new drawing with the step selected.
        connect(&canvas, &MapCanvas::stepSelected, &canvas, [&canvas, drawing](Id id) {
            MapDrawing selected = drawing;
            selected.selectedStepId = id;
            canvas.setDrawing(selected);
        });

        // "Code" dropped between "CAB approval" and "Deploy": two steps are left of it, so it takes index 2.
        const QPoint from = centre(1).toPoint();
        const QPoint to((centre(3).x() + centre(4).x()) / 2, from.y());
        QTest::mousePress(&canvas, Qt::LeftButton, {}, from);
        QTest::mouseMove(&canvas, from + QPoint(20, 0));
        QTest::mouseMove(&canvas, to);
        // While dragging, a marker in the highlight colour stands in the gap where the step would land.
        const QImage dragging = canvas.grab().toImage();
        const QRectF cab = stepRect(drawing, canvas.font(), 3);
        const QRectF deploy = stepRect(drawing, canvas.font(), 4);
        const QPoint marker(qRound((cab.right() + deploy.left()) / 2), qRound(cab.bottom() - 4));
        QCOMPARE(dragging.pixelColor(marker * dragging.devicePixelRatio()),
                 canvas.palette().color(QPalette::Highlight));
        QTest::mouseRelease(&canvas, Qt::LeftButton, {}, to);
        QCOMPARE(moved.size(), 1);
        QVERIFY(canvas.grab().toImage().pixelColor(marker * dragging.devicePixelRatio()) !=
                canvas.palette().color(QPalette::Highlight));
        QCOMPARE(moved[0].at(0).value<Id>(), Id(1));
        QCOMPARE(moved[0].at(1).toInt(), 2);

        // "Deploy" dropped left of everything takes index 0.
        const QPoint last = centre(4).toPoint();
        QTest::mousePress(&canvas, Qt::LeftButton, {}, last);
        QTest::mouseMove(&canvas, last - QPoint(30, 0));
        QTest::mouseMove(&canvas, QPoint(5, last.y()));
        QTest::mouseRelease(&canvas, Qt::LeftButton, {}, QPoint(5, last.y()));
        QCOMPARE(moved.size(), 2);
        QCOMPARE(moved[1].at(0).value<Id>(), Id(4));
        QCOMPARE(moved[1].at(1).toInt(), 0);

        // Dropped where it was: nothing to move.
        const QPoint review = centre(2).toPoint();
        QTest::mousePress(&canvas, Qt::LeftButton, {}, review);
        QTest::mouseMove(&canvas, review + QPoint(30, 0));
        QTest::mouseRelease(&canvas, Qt::LeftButton, {}, review + QPoint(30, 0));
        QCOMPARE(moved.size(), 2);

        // Not editable: no drag.
        canvas.setEditable(false);
        drag(canvas, from, to);
        QCOMPARE(moved.size(), 2);
    }

    void noDragOnParallelBranches()
    {
        MapCanvas canvas;
        const MapDrawing drawing = drawingOf(parallelMap());
        QVERIFY(showDrawing(canvas, drawing));
        QSignalSpy moved(&canvas, &MapCanvas::moveRequested);
        const QPoint from = stepRect(drawing, canvas.font(), 11).center().toPoint();
        const QPoint to = stepRect(drawing, canvas.font(), 14).center().toPoint() + QPoint(40, 0);
        drag(canvas, from, to);
        QCOMPARE(moved.size(), 0);
    }

    void toolTipHasTheFiguresNotesAndIdeas()
    {
        MapCanvas canvas;
        const MapDrawing drawing = drawingOf(lineMap());
        QVERIFY(showDrawing(canvas, drawing));
        const QPoint cab = stepRect(drawing, canvas.font(), 3).center().toPoint();
        QHelpEvent help(QEvent::ToolTip, cab, canvas.mapToGlobal(cab));
        QCoreApplication::sendEvent(&canvas, &help);
        const QString tip = QToolTip::text();
        QVERIFY2(tip.contains(u"CAB approval"_s), qPrintable(tip));
        QVERIFY(tip.contains(u"Workshop estimate"_s));
        QVERIFY(tip.contains(u"Meets on Thursdays"_s));
        QVERIFY(tip.contains(u"Automate the change record"_s));
        QVERIFY(tip.contains(u"waits 2 d before it starts"_s));
        QVERIFY(tip.contains(u"≈ 2 d"_s));

        const QPoint code = stepRect(drawing, canvas.font(), 1).center().toPoint();
        QHelpEvent codeHelp(QEvent::ToolTip, code, canvas.mapToGlobal(code));
        QCoreApplication::sendEvent(&canvas, &codeHelp);
        QVERIFY2(QToolTip::text().contains(u"40 records"_s), qPrintable(QToolTip::text()));
        QVERIFY(canvas.accessibleName().contains(u"Current state"_s));
        QVERIFY(canvas.accessibleDescription().contains(u"CAB approval"_s));
        canvas.selectStep(2);
        QVERIFY2(
            canvas.accessibleDescription().contains(u"selected: Review, wait 4 h, process time 1 h, lead time 5 h"_s),
            qPrintable(canvas.accessibleDescription()));
    }

    void unanalysedAndEmptyMapsDraw()
    {
        // A cycle cannot be analysed: the map is drawn without heat, bottleneck or totals, and its steps still hit.
        Map cyclic = parallelMap();
        cyclic.edges.append({14, 11});
        MapDrawing drawing = drawingOf(cyclic);
        QVERIFY(!drawing.analysis);
        const QFont font;
        const QSizeF size = mapDrawingSize(drawing, font);
        QVERIFY(size.width() > 0 && size.height() > 0);
        for (const Id id : {11, 12, 13, 14})
            QCOMPARE(stepAt(drawing, font, stepRect(drawing, font, id).center()), id);
        QImage image(size.toSize(), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        paintMap(painter, drawing, font);
        painter.end();
        QVERIFY(nonWhitePixels(image) > 100);

        MapDrawing empty;
        empty.caption = u"Nothing yet"_s;
        QVERIFY(mapDrawingSize(empty, font).width() > 0);
        QCOMPARE(stepAt(empty, font, QPointF(50, 50)), Id(0));
        QImage blank(mapDrawingSize(empty, font).toSize(), QImage::Format_ARGB32);
        blank.fill(Qt::black);
        QPainter blankPainter(&blank);
        paintMap(blankPainter, empty, font);
        blankPainter.end();
        // Painted on paper, with the caption and a note saying there are no steps.
        QCOMPARE(blank.pixelColor(2, 2), QColor(Qt::white));
        QVERIFY(nonWhitePixels(blank) > 20);
    }

    void darkPaletteDrawsOnDark()
    {
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
        const MapDrawing drawing = drawingOf(lineMap());
        const QSizeF size = mapDrawingSize(drawing, QFont());
        QImage image(size.toSize(), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        paintMap(painter, drawing, QFont(), dark);
        painter.end();
        QCOMPARE(image.pixelColor(2, 2), QColor(0x20, 0x20, 0x20));
        // The caption is written in the light text colour.
        int light = 0;
        for (int y = 0; y < 60 && y < image.height(); ++y) {
            for (int x = 0; x < 200 && x < image.width(); ++x) {
                if (image.pixelColor(x, y).lightness() > 200)
                    ++light;
            }
        }
        QVERIFY(light > 20);
    }

    void arrowsGoAroundBoxes_data()
    {
        QTest::addColumn<Map>("map");
        QTest::newRow("line") << lineMap();
        QTest::newRow("parallel") << parallelMap();
        QTest::newRow("realistic") << ::realisticMap();
        QTest::newRow("long branch critical") << branchesOfTwoLengths(true);
        QTest::newRow("short branch critical") << branchesOfTwoLengths(false);
        Map cyclic = parallelMap();
        cyclic.edges.append({14, 11});
        QTest::newRow("cycle, not analysed") << cyclic;
    }

    void arrowsGoAroundBoxes()
    {
        QFETCH(Map, map);
        const MapDrawing drawing = drawingOf(map);
        const MapLayout layout = layoutMap(drawing, QFont());
        QCOMPARE(layout.steps.size(), map.steps.size());
        QCOMPARE(layout.edges.size(), map.flow().size());
        const QString crossing = crossedBox(layout);
        QVERIFY2(crossing.isEmpty(), qPrintable(crossing));
        for (const StepPlace &a : layout.steps) {
            QVERIFY(QRectF(QPointF(0, 0), layout.size).contains(a.box));
            for (const StepPlace &b : layout.steps) {
                if (a.id < b.id)
                    QVERIFY2(!a.box.intersects(b.box),
                             qPrintable(QString::number(a.id) + u' ' + QString::number(b.id)));
            }
        }
        // Every arrow runs left to right into its target's left edge.
        for (const EdgeRoute &route : layout.edges) {
            QCOMPARE(route.points.last().x(), layout.place(route.to)->box.left());
            QCOMPARE(route.points.first().x(), layout.place(route.from)->box.right());
        }
        if (drawing.analysis) {
            // The critical path runs along one row, and the ladder follows it.
            QList<Id> ladder;
            for (const LadderStep &rung : layout.ladderSteps)
                ladder.append(rung.id);
            QCOMPARE(ladder, drawing.analysis->criticalPath);
            for (const Id id : drawing.analysis->criticalPath)
                QCOMPARE(layout.place(id)->box.top(), layout.place(drawing.analysis->criticalPath.first())->box.top());
        }
    }

    void realisticMap()
    {
        const Map map = ::realisticMap();
        MapDrawing current = drawingOf(map);
        QVERIFY2(current.analysis, "the realistic map is analysed");
        // Change approval: 3 d 30 min of about 5 d 6 h.
        QVERIFY(current.analysis->bottleneck);
        QCOMPARE(current.analysis->bottleneck->id, Id(8));
        QCOMPARE(current.analysis->criticalPath, (QList<Id>{1, 2, 3, 5, 6, 7, 8, 9}));
        const QFont font;
        // The two test branches share a column, and nothing overlaps.
        QCOMPARE(stepRect(current, font, 4).left(), stepRect(current, font, 5).left());
        for (const Step &a : map.steps) {
            for (const Step &b : map.steps) {
                if (a.id < b.id)
                    QVERIFY(!stepRect(current, font, a.id).intersects(stepRect(current, font, b.id)));
            }
        }

        Map futureMap = map;
        futureMap.steps[7].waitMs = 4 * hour;
        futureMap.steps[7].improvementIdeas.clear();
        futureMap.steps[6].waitMs = 2 * hour;
        MapDrawing future = drawingOf(futureMap, u"Future state"_s);
        current.scaleMs = future.scaleMs = std::max(current.analysis->totalLeadMs, future.analysis->totalLeadMs);

        QTemporaryDir dir;
        QString folder = qEnvironmentVariable("FLOWDECK_MAP_SAMPLE_DIR");
        if (folder.isEmpty())
            folder = dir.path();
        const QString single = folder + u"/vscanvas-sample.png"_s;
        const Result<void> written = exportMapPng({current}, font, single);
        QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
        QVERIFY(exportMapPng({current, future}, font, folder + u"/vscanvas-sample-states.png"_s, 1.0).ok());
        QVERIFY(exportMapSvg({current, future}, font, folder + u"/vscanvas-sample-states.svg"_s).ok());
        MapDrawing large = current;
        large.presentation = true;
        large.selectedStepId = 7;
        QVERIFY(exportMapPng({large}, font, folder + u"/vscanvas-sample-presentation.png"_s, 1.0).ok());
        QVERIFY(exportMapPng({drawingOf(branchesOfTwoLengths(true)), drawingOf(branchesOfTwoLengths(false))}, font,
                             folder + u"/vscanvas-sample-branches.png"_s, 1.0)
                    .ok());

        QPalette dark;
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
        dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
        dark.setColor(QPalette::Highlight, QColor(0x56, 0xB4, 0xE9));
        current.selectedStepId = 2;
        QImage image(mapDrawingSize(current, font).toSize(), QImage::Format_ARGB32);
        image.fill(dark.color(QPalette::Base));
        QPainter painter(&image);
        paintMap(painter, current, font, dark);
        painter.end();
        QVERIFY(image.save(folder + u"/vscanvas-sample-dark.png"_s));
    }
};

QTEST_MAIN(TestMapCanvas)
#include "tst_mapcanvas.moc"
