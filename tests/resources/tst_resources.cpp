// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QIcon>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Counts pixels that are not fully transparent: an icon that draws nothing has none.
int paintedPixels(const QImage &image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (qAlpha(image.pixel(x, y)) > 0)
                ++count;
        }
    }
    return count;
}

QImage render(const QString &path, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QSvgRenderer renderer(path);
    QPainter painter(&image);
    renderer.render(&painter);
    return image;
}

} // namespace

class TestResources : public QObject
{
    Q_OBJECT

private slots:
    void pageIcon_data();
    void pageIcon();
    void applicationIcon();
};

void TestResources::pageIcon_data()
{
    QTest::addColumn<QString>("page");
    // The page names of the --page option and the page bar.
    for (const char *page :
         {"overview", "history", "pipelines", "environments", "runs", "valuestream", "metrics", "releases", "reports"})
        QTest::newRow(page) << QString::fromLatin1(page);
}

void TestResources::pageIcon()
{
    QFETCH(QString, page);
    const QString path = u":/icons/pages/"_s + page + u".svg"_s;
    QVERIFY2(QFile::exists(path), qPrintable(path));
    QSvgRenderer renderer(path);
    QVERIFY2(renderer.isValid(), qPrintable(path));
    QCOMPARE(renderer.viewBoxF(), QRectF(0, 0, 24, 24));

    const QImage image = render(path, 24);
    const int painted = paintedPixels(image);
    // A line icon covers some of its square, never all of it.
    QVERIFY2(painted > 24 * 24 / 10, qPrintable(u"%1 paints only %2 pixels"_s.arg(path).arg(painted)));
    QVERIFY2(painted < 24 * 24, qPrintable(path));
    // Single colour: every painted pixel is the neutral grey #5f6b7a (at any coverage).
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor colour = QColor::fromRgba(image.pixel(x, y));
            if (colour.alpha() < 255)
                continue;
            QCOMPARE(colour.rgb(), QColor(0x5f, 0x6b, 0x7a).rgb());
        }
    }

    const QIcon icon(path);
    QVERIFY(!icon.isNull());
    QCOMPARE(icon.pixmap(QSize(48, 48)).size(), QSize(48, 48));
}

void TestResources::applicationIcon()
{
    const QString path = u":/icons/flowdeck.svg"_s;
    QVERIFY(QFile::exists(path));
    QSvgRenderer renderer(path);
    QVERIFY(renderer.isValid());
    // Drawn for 16 px as well as 256 px: the three coloured process boxes must survive at the small size.
    for (int size : {16, 256}) {
        const QImage image = render(path, size);
        bool blue = false;
        bool green = false;
        bool orange = false;
        for (int y = 0; y < size; ++y) {
            for (int x = 0; x < size; ++x) {
                const QRgb pixel = image.pixel(x, y);
                blue = blue || pixel == QColor(0x00, 0x72, 0xB2).rgb();
                green = green || pixel == QColor(0x00, 0x9E, 0x73).rgb();
                orange = orange || pixel == QColor(0xE6, 0x9F, 0x00).rgb();
            }
        }
        QVERIFY2(blue && green && orange, qPrintable(u"at %1 px"_s.arg(size)));
    }
}

QTEST_MAIN(TestResources)
#include "tst_resources.moc"
