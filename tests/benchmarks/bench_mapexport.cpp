// SPDX-License-Identifier: GPL-3.0-or-later
// Exporting a long value stream map: 40 steps (a spine of 32 and four branches of two) with its future state
// beneath, as the Value stream page's Export… writes it. Prints the time of each part of a PNG export (painting the
// image, which stays on the GUI thread, and encoding and writing it, which does not) and of an SVG export, as the
// median and best of --runs runs.
#include "valuestream/mapcanvas.h"
#include "valuestream/mapexport.h"
#include "valuestream/valuestreammap.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QImage>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace flowdeck;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 hourMs = 3'600'000;

valuestream::Map longMap()
{
    valuestream::Map map;
    map.name = u"Long stream"_s;
    const auto step = [](Id id, const QString &name, int i) {
        valuestream::Step s;
        s.id = id;
        s.name = name;
        s.waitMs = (i % 7 + 1) * hourMs;
        s.processMs = (i % 3 + 1) * hourMs / 2;
        s.pctCompleteAccurate = 90;
        s.people = 1 + i % 3;
        if (i % 5 == 0)
            s.improvementIdeas = u"Automate the hand-over\nSmaller batches"_s;
        return s;
    };
    for (int i = 1; i <= 32; ++i) {
        map.steps.append(step(-i, u"Step %1"_s.arg(i), i));
        if (i > 1)
            map.edges.append({-(i - 1), -i});
    }
    for (int b = 0; b < 4; ++b) {
        const int fork = 4 + 8 * b;
        const Id first = -(33 + 2 * b);
        const Id second = -(34 + 2 * b);
        map.steps.append(step(first, u"Branch %1 a"_s.arg(b + 1), fork + 1));
        map.steps.append(step(second, u"Branch %1 b"_s.arg(b + 1), fork + 2));
        map.edges.append({-fork, first});
        map.edges.append({first, second});
        map.edges.append({second, -(fork + 4)});
    }
    return map;
}

views::MapDrawing drawingOf(const valuestream::Map &map, const QString &caption)
{
    views::MapDrawing drawing;
    drawing.map = map;
    if (auto analysis = valuestream::analyse(map))
        drawing.analysis = *analysis;
    drawing.caption = caption;
    return drawing;
}

struct Figures
{
    QList<qint64> times;
    void add(qint64 ms) { times.append(ms); }
    QString text() const
    {
        QList<qint64> sorted = times;
        std::sort(sorted.begin(), sorted.end());
        return u"median %1 ms, best %2 ms"_s.arg(sorted.at(sorted.size() / 2)).arg(sorted.first());
    }
};

qint64 timed(const std::function<void()> &work)
{
    QElapsedTimer clock;
    clock.start();
    work();
    return clock.elapsed();
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Times the export of a 40-step value stream map and its future state."_s);
    parser.addHelpOption();
    parser.addOption({u"runs"_s, u"Runs of each measurement (default 5)."_s, u"n"_s, u"5"_s});
    parser.process(app);
    const int runs = std::max(1, parser.value(u"runs"_s).toInt());

    valuestream::Map future = longMap();
    for (valuestream::Step &step : future.steps)
        step.waitMs = *step.waitMs / 2;
    const QList<views::MapDrawing> drawings{drawingOf(longMap(), u"Current state"_s),
                                            drawingOf(future, u"Future state"_s)};
    const QFont font = QApplication::font();
    QTemporaryDir dir;

    Figures paint, write, png, svg;
    QSize pixels;
    for (int run = 0; run < runs; ++run) {
        const QString path = dir.filePath(u"map.png"_s);
        Result<QImage> image = Error{QString()};
        paint.add(timed([&] { image = views::paintMapImage(drawings, font, path, 2.0); }));
        if (!image) {
            std::fprintf(stderr, "%s\n", qPrintable(image.errorMessage()));
            return 1;
        }
        pixels = image->size();
        write.add(timed([&] { (void)views::writeMapPng(*image, path); }));
        png.add(timed([&] { (void)views::exportMapPng(drawings, font, path); }));
        svg.add(timed([&] { (void)views::exportMapSvg(drawings, font, dir.filePath(u"map.svg"_s)); }));
    }
    std::printf("Map export, 40 steps and its future state, %d runs (PNG of %d x %d px at scale 2):\n", runs,
                pixels.width(), pixels.height());
    std::printf("  paint the image (GUI thread):          %s\n", qPrintable(paint.text()));
    std::printf("  encode and write the PNG (worker):     %s\n", qPrintable(write.text()));
    std::printf("  whole PNG export:                      %s\n", qPrintable(png.text()));
    std::printf("  whole SVG export (GUI thread):         %s\n", qPrintable(svg.text()));
    return 0;
}
