"""share_of_total, round 30: shares of one paragraph naming one whole alike (占立案总数的…) are of one whole; paired
with two different figures so named (立案180件 / 实际立案75件), which is meant is not certain, and none is called wrong.
Sentences are our own."""
from analysis.rules.shares import share_of_total
from rules_cases import run


def _rows(text):
    return [(r["verdict"], r["stated"]) for r in run(share_of_total, text, year=2020)]


TEXT = ("市政协本次会议共收到提案241件。经审查,立案180件,并案146件,实际立案75件,转为意见建议66件。"
        "经济建设方面提案23件,占立案总数的12.99%。城乡建设方面提案54件,占立案总数的30.51%。"
        "民生建设方面提案78件,占立案总数的44.07%。其他方面提案22件,占立案总数的12.43%。")


def test_shares_paired_with_two_wholes_named_alike_raise_no_alarm():
    # (the shares are of the 177 listed, neither 180 nor 75: three were paired with 75, the one above it with 180)
    assert not [r for r in _rows(TEXT) if r[0] == "inconsistent"]


def test_shares_of_one_whole_named_once_are_still_judged():
    text = ("市政协本次会议共收到提案241件,经审查立案180件。"
            "经济建设方面提案{a}件,占立案总数的12.78%。城乡建设方面提案54件,占立案总数的30.00%。")
    assert _rows(text.format(a="23")) == [("consistent", "12.78% (23件 of 180件)"), ("consistent", "30.00% (54件 of 180件)")]
    assert ("inconsistent", "12.78% (32件 of 180件)") in _rows(text.format(a="32"))


def test_tasks_counted_as_done_are_a_whole():
    # (开展抽查任务64项: the tasks done, counted — not a target set, as 下达抽查任务64项 is)
    text = "全年开展抽查任务64项，其中部门联合抽查{k}项，占46.9%。"
    assert _rows(text.format(k="30")) == [("consistent", "46.9% (30项 of 64项)")]
    assert _rows(text.format(k="32")) == [("inconsistent", "46.9% (32项 of 64项)")]


def test_a_task_set_is_still_no_whole():
    assert _rows("市局下达抽查任务64项，其中部门联合抽查32项，占46.9%。") == []


def test_tasks_done_and_tasks_set():
    assert _rows("今年全年承担科研任务12项，其中国家级{k}项，占41.7%。".format(k="6")) == [("inconsistent", "41.7% (6项 of 12项)")]
    # (a quota another level set is a target, whatever verb takes it on)
    assert _rows("今年承担省定科研任务12项，其中国家级6项，占41.7%。") == []


def test_a_share_whose_whole_its_sentence_gives_stays_sure():
    text = ("全年共受理各类案件1,200件，其中民事案件800件，占全部案件的76.7%。"
            "全年审结各类案件1,100件，其中调解结案500件，占全部案件的45.5%。")
    assert ("inconsistent", "76.7% (800件 of 1,200件)") in _rows(text)
