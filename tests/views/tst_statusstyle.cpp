// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/statusstyle.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using namespace flowdeck::views;
using namespace Qt::StringLiterals;

namespace {

QPalette lightPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, Qt::black);
    return palette;
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
    palette.setColor(QPalette::Text, QColor(0xE0, 0xE0, 0xE0));
    return palette;
}

QImage render(const QIcon &icon)
{
    QImage image(32, 32, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    icon.paint(&painter, image.rect());
    return image;
}

// The number of pixels drawn in (nearly) exactly `colour`.
int pixelsOf(const QImage &image, const QColor &colour)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (pixel.alpha() == 255 && std::abs(pixel.red() - colour.red()) <= 2 &&
                std::abs(pixel.green() - colour.green()) <= 2 && std::abs(pixel.blue() - colour.blue()) <= 2)
                ++count;
        }
    }
    return count;
}

} // namespace

class TestStatusStyle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void okabeItoColours()
    {
        QCOMPARE(okabeIto(OkabeIto::Blue), QColor(u"#0072B2"_s));
        QCOMPARE(okabeIto(OkabeIto::Orange), QColor(u"#E69F00"_s));
        QCOMPARE(okabeIto(OkabeIto::Green), QColor(u"#009E73"_s));
        QCOMPARE(okabeIto(OkabeIto::Vermillion), QColor(u"#D55E00"_s));
        QCOMPARE(okabeIto(OkabeIto::Purple), QColor(u"#CC79A7"_s));
        QCOMPARE(okabeIto(OkabeIto::Sky), QColor(u"#56B4E9"_s));
        QCOMPARE(okabeIto(OkabeIto::Yellow), QColor(u"#F0E442"_s));
        QCOMPARE(okabeIto(OkabeIto::Black), QColor(u"#000000"_s));
    }

    void everyStatusHasSymbolColourAndLabel_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("symbol");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QColor>("light");
        QTest::addColumn<QColor>("dark");
        QTest::newRow("succeeded") << u"succeeded"_s << u"✓"_s << u"Succeeded"_s << QColor(u"#009E73"_s)
                                   << QColor(u"#009E73"_s);
        QTest::newRow("failed") << u"failed"_s << u"✕"_s << u"Failed"_s << QColor(u"#D55E00"_s) << QColor(u"#D55E00"_s);
        QTest::newRow("running") << u"running"_s << u"●"_s << u"Running"_s << QColor(u"#0072B2"_s)
                                 << QColor(u"#56B4E9"_s);
        QTest::newRow("queued") << u"queued"_s << u"◷"_s << u"Queued"_s << QColor(u"#E69F00"_s) << QColor(u"#E69F00"_s);
        QTest::newRow("waiting") << u"waiting"_s << u"◷"_s << u"Waiting"_s << QColor(u"#E69F00"_s)
                                 << QColor(u"#E69F00"_s);
        QTest::newRow("skipped") << u"skipped"_s << u"–"_s << u"Skipped"_s << QColor(u"#000000"_s)
                                 << QColor(u"#E0E0E0"_s);
        QTest::newRow("canceled") << u"canceled"_s << u"–"_s << u"Canceled"_s << QColor(u"#000000"_s)
                                  << QColor(u"#E0E0E0"_s);
        QTest::newRow("unknown") << u"paused"_s << u"?"_s << u"paused"_s << QColor(u"#000000"_s)
                                 << QColor(u"#E0E0E0"_s);
    }
    void everyStatusHasSymbolColourAndLabel()
    {
        QFETCH(QString, status);
        QFETCH(QString, symbol);
        QFETCH(QString, label);
        QFETCH(QColor, light);
        QFETCH(QColor, dark);
        const StatusStyle style = StatusStyle::of(status);
        QCOMPARE(style.status, status);
        QCOMPARE(style.symbol, symbol);
        QCOMPARE(style.label, label);
        QCOMPARE(style.text(), symbol + u' ' + label);
        QCOMPARE(style.colorOn(lightPalette()), light);
        QCOMPARE(style.colorOn(darkPalette()), dark);
        // The icon draws in the status colour.
        QVERIFY(pixelsOf(render(style.icon(lightPalette())), light) > 0);
        QVERIFY(pixelsOf(render(style.icon(darkPalette())), dark) > 0);
    }

    void pixmapsAreTransparentAroundTheSymbol()
    {
        const QImage image = StatusStyle::of(u"failed"_s).icon(lightPalette()).pixmap(QSize(32, 32)).toImage();
        QCOMPARE(image.size(), QSize(32, 32));
        QCOMPARE(image.pixelColor(0, 0).alpha(), 0);
        QCOMPARE(image.pixelColor(31, 31).alpha(), 0);
        QVERIFY(pixelsOf(image.convertToFormat(QImage::Format_ARGB32), QColor(u"#D55E00"_s)) > 0);
    }

    void shapesDifferWhereMeaningsDiffer()
    {
        // Same colour for every icon, so only the shape tells them apart.
        QPalette palette = lightPalette();
        QList<QImage> images;
        for (const QString &status : {u"succeeded"_s, u"failed"_s, u"running"_s, u"waiting"_s, u"skipped"_s}) {
            StatusStyle style = StatusStyle::of(status);
            style.colour = OkabeIto::Blue;
            images.append(render(style.icon(palette)));
        }
        for (qsizetype i = 0; i < images.size(); ++i) {
            for (qsizetype j = i + 1; j < images.size(); ++j)
                QVERIFY2(images[i] != images[j], qPrintable(u"shapes %1 and %2 look the same"_s.arg(i).arg(j)));
        }
        QCOMPARE(render(StatusStyle::of(u"queued"_s).icon(palette)),
                 render(StatusStyle::of(u"waiting"_s).icon(palette)));
    }
};

QTEST_MAIN(TestStatusStyle)
#include "tst_statusstyle.moc"
