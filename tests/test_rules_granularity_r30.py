"""granularity, round 30: the count a rate is surely of, in four more shapes — all of the things counted took part in
the assessment (全县有乡镇卫生院6个，今年全部参加了…考核，达标率…), the people sent then the pass rate of their course's
assessment (选派7名…进修，结业考核合格率…), the things assessed then the share of a grade (选取9个项目开展…评价，评价结果
为“优”的占…), and the noun right after the count a later sentence assesses all of (全县62个立档单位由…组成。…对全部立档单位
开展…检查，合格率…). Sentences are our own."""
from analysis.rules.shares import granularity
from rules_cases import run


def _rows(text):
    return [(r["verdict"], r["stated"]) for r in run(granularity, text, year=2020)]


def test_all_of_the_counted_took_part_in_the_assessment():
    text = "全县有乡镇卫生院{n}个，今年全部参加了市级标准化建设考核，达标率为75%。"
    assert _rows(text.format(n="6")) == [("inconsistent", "75% of 6个")]
    assert _rows(text.format(n="8")) == [("consistent", "75% of 8个")]


def test_a_rate_not_of_an_outcome_of_the_assessment_is_left_alone():
    # (the people asked are not the health centres: no count is the rate's n)
    assert _rows("全县有乡镇卫生院6个，今年全部参加了市级标准化建设考核，群众满意度为75%。") == [("unverifiable", "75%")]


def test_the_people_sent_and_their_courses_pass_rate():
    text = "选派{n}名业务骨干赴省级医院进修，结业考核合格率90%。"
    assert _rows(text.format(n="7")) == [("inconsistent", "90% of 7名")]
    assert _rows(text.format(n="10")) == [("consistent", "90% of 10名")]


def test_a_grade_among_the_things_assessed():
    text = "选取{n}个重点项目开展财政重点绩效评价，评价结果为“优”的占50%，其余为“良”。"
    assert _rows(text.format(n="9")) == [("inconsistent", "50% of 9个")]
    assert _rows(text.format(n="8")) == [("consistent", "50% of 8个")]


def test_all_of_a_body_counted_sentences_before():
    text = ("全县{n}个立档单位由{a}个县直机关、12个乡镇和{b}个县属企事业单位组成。"
            "年内对全部立档单位开展档案工作年度检查，合格率为96%。")
    assert ("inconsistent", "96% of 62个") in _rows(text.format(n="62", a="41", b="9"))
    assert ("consistent", "96% of 25个") in _rows(text.format(n="25", a="10", b="3"))


def test_a_share_among_tasks_counted_as_done():
    assert _rows("全年开展抽查任务64项，其中部门联合抽查占比达46%。") == [("inconsistent", "46% of 64项")]


def test_took_part_by_accepting_and_not_by_running_a_test_on_others():
    assert _rows("全县有乡镇卫生院6个，今年全部接受了市级标准化建设考核，达标率为75%。") == [("inconsistent", "75% of 6个")]
    assert not [r for r in _rows("全县共有中小学45所，今年全部开展了学生体质健康测试，合格率达到92.6%。") if r[0] == "inconsistent"]
    assert not [r for r in _rows("组织120名乡村医生参加岗位培训，年度考核合格率96.5%。") if r[0] == "inconsistent"]
