// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "valuestream/valuestreammap.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QScrollArea;
class QSpinBox;
class QStackedWidget;

namespace flowdeck::views {

/// The side panel of the Value stream page that edits one step of a map: name, kind, wait and process time (typed
/// as "3 d 4 h", read by valuestream::readDuration()), %C&A, people, WIP, notes and Kaizen ideas. It says whether the
/// step's times are measured or an estimate; changing a measured step's wait, process time or %C&A makes it an
/// estimate (its source key and samples stay, so that "Refresh from data" still finds it).
///
/// Nothing is changed in place: each committed edit (Enter or leaving a line or spin box, a choice in the kind box,
/// leaving a text box) is emitted once as the whole step after the edit, with a name for the undo stack, and the
/// panel shows that step from then on. A duration that cannot be read is shown as an error beneath its field and
/// not applied.
class StepEditor : public QWidget
{
    Q_OBJECT

public:
    explicit StepEditor(QWidget *parent = nullptr);
    ~StepEditor() override;

    /// Shows `step` for editing; `statistic` is the map's, for saying what a measured time summarises. Emits
    /// nothing.
    void setStep(const valuestream::Step &step, valuestream::Statistic statistic);
    /// The empty state: "Select a step to edit it". Emits nothing.
    void clear();
    /// True while a step is shown.
    bool hasStep() const { return m_hasStep; }
    /// The step as shown, with every committed edit.
    const valuestream::Step &step() const { return m_step; }

    /// Shows the step without letting it be changed (a map being refreshed, a workspace opened read-only).
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    /// The inline error beneath the wait (process) field; empty when there is none.
    QString waitError() const;
    QString processError() const;

    /// The translated label of a step kind ("Code review" for "review"); the key itself for an unknown kind.
    static QString kindLabel(const QString &kind);

Q_SIGNALS:
    /// One committed edit: the step as it is after it, and what the edit did, for the undo stack ("Change wait of
    /// “Review”").
    void stepEdited(const flowdeck::valuestream::Step &after, const QString &actionName);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildForm();
    void showStep();
    void updateMeasuredText();
    void commitName();
    void commitKind(int index);
    void commitDuration(QLineEdit *edit, QLabel *error, bool wait);
    void commitPct();
    void commitPeople();
    void commitWip();
    void commitNotes();
    void commitIdeas();
    void emitEdit(const valuestream::Step &after, const QString &actionName);

    valuestream::Step m_step;
    valuestream::Statistic m_statistic = valuestream::Statistic::Median;
    bool m_hasStep = false;
    bool m_readOnly = false;
    /// Set while the fields are filled from a step, so that nothing filled in counts as an edit.
    bool m_showing = false;
    /// The duration texts as shown, so that leaving a field without typing does not round the value to the minute.
    QString m_shownWait;
    QString m_shownProcess;
    /// The spin boxes' values as shown (rounded to their decimals), so that leaving one unchanged is no edit.
    double m_shownPct = 0;
    double m_shownPeople = 0;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_measured = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_nameError = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_wait = nullptr;
    QLabel *m_waitError = nullptr;
    QLineEdit *m_process = nullptr;
    QLabel *m_processError = nullptr;
    QDoubleSpinBox *m_pct = nullptr;
    QDoubleSpinBox *m_people = nullptr;
    QSpinBox *m_wip = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QPlainTextEdit *m_ideas = nullptr;
};

} // namespace flowdeck::views
