// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QWidget>

class QPalette;

namespace flowdeck::views {

/// A thin bar split in proportion to the phases of a way (coding, review, deploy), each part in a colour of the
/// Okabe–Ito palette with its name and share written in it where they fit; the tooltip and the accessible
/// description give every share in words, so that colour is never all there is.
class PhaseBar : public QWidget
{
    Q_OBJECT

public:
    struct Phase
    {
        QString name;
        /// Its length in any unit shared by all phases; 0 draws no part.
        double value = 0;
        QColor color;
    };

    explicit PhaseBar(QWidget *parent = nullptr);

    /// The phases in their order; nothing (or all 0) draws an empty outline.
    void setPhases(const QList<Phase> &phases);
    const QList<Phase> &phases() const { return m_phases; }
    /// Each phase's share of the whole, 0..1, in their order; all 0 without any length.
    QList<double> shares() const;
    /// "Coding 50 % · Review 25 % · Deploy 25 %".
    QString sharesText() const;

    /// The colours of the phases of a pull request on `palette`: coding blue (sky on a dark background), review
    /// orange, deploy green.
    static QList<QColor> pullRequestColors(const QPalette &palette);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<Phase> m_phases;
};

} // namespace flowdeck::views
