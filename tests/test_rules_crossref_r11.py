"""cross_reference and placeholder, round 11: a verb over all objects of a kind (批准逮捕各类犯罪嫌疑人) restated by the
bare verb; the whole body as scope (全院, 全校, 本部门, 本年度) dropped from a metric; a swap under a name whose short form
is two characters (利润总额 → 利润); a first clause that frames a sentence or counts acts is no subject; a scope word
heading a 、 list holds for each item; blanks before 万字, 卷, 剂次."""
from analysis.rules.crossref import cross_reference
from analysis.rules.placeholder import placeholder

from rules_cases import run, verdicts


def _inconsistent(text, year=2020):
    return [r["stated"] for r in run(cross_reference, text, year) if r["verdict"] == "inconsistent"]


# ---------------------------------------------------------------- a verb over all objects of a kind
def test_verb_over_all_objects_is_the_bare_verb():
    text = ("一、刑事检察\n全年共批准逮捕各类犯罪嫌疑人412人，不批准逮捕189人。\n"
            "二、队伍建设\n一年来，全院批准逮捕472人、提起公诉958人。")
    assert _inconsistent(text) == ["412人; 472人"]
    same = text.replace("472人", "412人")
    assert "inconsistent" not in verdicts(cross_reference, same, 2020)
    # another author, in a 会议纪要 register: 调处化解各类矛盾纠纷 then 调处化解 alone
    text = ("会议听取了综治工作情况：全年调处化解各类矛盾纠纷2,318件，调解成功率96.2%。\n"
            "会议指出，本年度共调处化解2,450件，基层治理成效明显。")
    assert "inconsistent" in verdicts(cross_reference, text, 2020)
    # a two-character verb (审结各类案件 / 审结) is left alone: too short to name a metric
    text = "全年审结各类案件5,318件，结案率96.2%。\n会议指出，本年度共审结5,450件。"
    assert "inconsistent" not in verdicts(cross_reference, text, 2020)


def test_verb_of_a_kind_decoys():
    # a different verb (受理 vs 审结) and a part of the year are other quantities
    text = ("全年审结各类案件5,318件。\n二、执行\n全年受理5,902件，其中一季度审结1,204件。")
    assert "inconsistent" not in verdicts(cross_reference, text, 2020)
    # a two-character verb (查处各类案件) is too short to name a metric alone
    text = "全年查处各类案件126件。\n二、执法\n全市查处132件违法行为，罚没款86万元。"
    assert "inconsistent" not in verdicts(cross_reference, text, 2020)


# ---------------------------------------------------------------- the whole body as scope
def test_whole_body_and_year_words_are_no_part_of_the_metric():
    text = "一、执法\n本年度共新建改造城市道路9条。\n二、建设\n新建改造城市道路8条，道路通行条件改善。"
    assert _inconsistent(text) == ["9条; 8条"]
    text = "一、收支\n全年实际支出572.8万元。\n二、自评结论\n综上，本部门全年实际支出573.8万元，绩效良好。"
    assert _inconsistent(text) == ["572.8万元; 573.8万元"]
    # a bureau's own body (局机关) is still a part of the department
    text = "一、收支\n全年实际支出572.8万元。\n二、机关\n局机关全年实际支出213.6万元。"
    assert "inconsistent" not in verdicts(cross_reference, text, 2020)


# ---------------------------------------------------------------- a first clause that frames or counts acts
def test_frame_or_act_count_before_a_metric_is_no_subject():
    text = ("一、执法\n全年开展环境执法检查1680家次，立案查处环境违法案件58件。\n"
            "二、成效\n全年共立案查处环境违法案件85件，执法力度加大。")
    assert _inconsistent(text) == ["58件; 85件"]
    text = ("（一）制度建设。针对管理漏洞，建立健全管理制度12项。\n"
            "三、整改成效\n资金管理进一步规范，建立健全管理制度15项。")
    assert _inconsistent(text) == ["12项; 15项"]
    # a 调研报告 in another voice: the same count restated agrees
    text = ("调研组走访企业46家次，梳理企业诉求问题132个。\n"
            "二、问题办理\n围绕营商环境，梳理企业诉求问题132个，已解决118个。")
    assert "inconsistent" not in verdicts(cross_reference, text, 2020)


def test_two_subjects_each_with_a_count_stay_apart():
    # 小学…，专任教师 / 初中…，专任教师: a clause that counts things (所) still heads its subject
    text = "小学418所，专任教师1.24万人；初中176所，专任教师7,986人。"
    assert "inconsistent" not in verdicts(cross_reference, text, 2020)


# ---------------------------------------------------------------- a scope word heading a list
def test_scope_word_heading_a_list_holds_for_each_item():
    text = ("年末存款余额2486.4亿元，增长9.6%；贷款余额2862.6亿元，增长10.7%。"
            "上年末存款余额2268.6亿元、贷款余额2586.2亿元。")
    assert "inconsistent" not in verdicts(cross_reference, text, 2023)
    # a plain list after a first item with its own verb still pairs with a later restatement
    text = "全县新建集中供水工程6处、改造管网48公里。截至年底，新建集中供水工程6处，改造管网46公里。"
    assert "inconsistent" in verdicts(cross_reference, text, 2020)
    # 情况通报: 去年底 before a list of two balances, then this year's values
    text = "截至年底，住房公积金缴存余额38.6亿元、贷款余额29.4亿元。去年底缴存余额35.2亿元、贷款余额27.1亿元。"
    assert "inconsistent" not in verdicts(cross_reference, text, 2020)


# ---------------------------------------------------------------- a swap under a two-character name
def test_swap_under_a_total_named_in_four_characters():
    text = ("一、总体情况\n全年实现营业收入426.8亿元；实现利润总额24.6亿元。\n"
            "四、风险防控\n全年监管企业利润总额26.4亿元，经营效益稳步提升。")
    assert _inconsistent(text) == ["24.6亿元; 26.4亿元"]
    same = text.replace("26.4亿元", "24.6亿元")
    assert "inconsistent" not in verdicts(cross_reference, same, 2020)
    # 收入总额 → 收入 is generic: two incomes with swapped digits are not paired by that name alone
    text = "一、概况\n实现收入总额24.6亿元。\n二、分项\n其中服务收入26.4亿元以外的部分另计。"
    assert "inconsistent" not in verdicts(cross_reference, text, 2020)


# ---------------------------------------------------------------- placeholder before 万字, 卷, 剂次
def test_blanks_before_more_measure_words():
    for text, span in [("编研出版县情资料5种，共计  万字，供各界参考。", "万字"),
                       ("全年整理归档文书档案  卷，录入目录1.2万条。", "卷"),
                       ("全年完成免疫规划疫苗接种  剂次，建档48.6万份。", "剂次"),
                       ("新冠疫苗累计接种  万剂次，全程接种率92%。", "万剂次")]:
        rows = run(placeholder, text, 2020)
        assert [r["span"] for r in rows] == [span], text


def test_words_after_spaces_are_no_blanks():
    for text in ["档案馆  卷宗管理规范，查档方便。", "文件编号  字第12号，共3页。", "编写志书  页码连续，共52万字。",
                 "出版资料5种，共计52万字。"]:
        assert "missing" not in verdicts(placeholder, text, 2020), text


# ---------------------------------------------------------------- the whole year and an unmarked figure
def test_whole_year_and_unmarked_figures_pair_only_with_the_same_words_before():
    text = "一、审判\n全年共审结执行案件1,286件。\n二、执行\n审结执行案件1,342件，执行到位金额2.1亿元。"
    assert _inconsistent(text) == ["1,286件; 1,342件"]
    # a part counted within a whole that opens the sentence (a thousands comma in it), then the year's intake
    text = ("在审结的11,873件案件中，民商事案件7,214件，执行案件3,605件。"
            "全年受理执行案件3,912件，执结3,605件。")
    assert "inconsistent" not in verdicts(cross_reference, text, 2020)
    # 当年 is set against a running total: 建成…126个 / 当年建成…18个 are two quantities
    text = "一、概况\n全县建成农村幸福院126个。\n二、养老服务\n当年建成农村幸福院18个，新增床位240张。"
    assert "inconsistent" not in verdicts(cross_reference, text, 2020)
    # a 新闻通稿: 全年 and a verb of another step (受理 / 办结) stay apart
    text = "记者从市信访局获悉，全年受理群众来信来访4,862件。\n据介绍，办结群众来信来访4,715件，办结率97%。"
    assert "inconsistent" not in verdicts(cross_reference, text, 2020)


# ---------------------------------------------------------------- a year written in characters
def test_year_in_characters_dates_its_figure():
    text = "一、回顾\n二〇二一年全市粮食总产量48.62万吨。\n二、生产\n全年全市粮食总产量50.26万吨，增长3.4%。"
    for year in (None, 2022):
        assert "inconsistent" not in verdicts(cross_reference, text, year)
    # the same year in characters on both sides: still one period, still a conflict
    text = "一、回顾\n二〇二二年全市粮食总产量48.62万吨。\n二、生产\n二〇二二年全市粮食总产量50.26万吨。"
    assert "inconsistent" in verdicts(cross_reference, text, 2022)


# ---------------------------------------------------------------- a value restated beside the other
def test_value_restated_beside_the_other_is_not_one_quantity():
    text = "一、粮食生产\n全县建成高标准农田12.6万亩。\n二、农田建设\n全年建成高标准农田2.4万亩，累计建成12.6万亩。"
    assert "inconsistent" not in verdicts(cross_reference, text, 2020)
    # the broken twin: the running total differs too, and nothing beside names the first value
    text = "一、粮食生产\n全县建成高标准农田12.6万亩。\n二、农田建设\n全年建成高标准农田12.9万亩，亩均投入1,500元。"
    assert "inconsistent" in verdicts(cross_reference, text, 2020)


# ---------------------------------------------------------------- a heading naming a part of the place
def test_heading_naming_a_part_of_the_place_keeps_its_figures_apart():
    text = "一、城区\n新建停车泊位2,160个。\n二、全县情况\n全年全县新建停车泊位2,380个。"
    assert "inconsistent" not in verdicts(cross_reference, text, 2020)
    # 情况通报 of a park: 开发区 under its own heading, the county's total under another
    text = "（通报）\n一、开发区建设\n引进项目46个，到位资金18.2亿元。\n二、全县招商\n全年引进项目126个，到位资金52.6亿元。"
    assert "inconsistent" not in verdicts(cross_reference, text, 2020)
    # headings of topics only: the same metric still pairs
    text = "一、停车设施\n新建停车泊位2,160个。\n二、停车管理\n全年新建停车泊位2,380个。"
    assert "inconsistent" in verdicts(cross_reference, text, 2020)


# ---------------------------------------------------------------- a heading of plans run into its paragraph
def test_run_in_heading_of_plans_marks_its_paragraph():
    text = ("一、工业发展。全年新建5G基站2860个，新增规上工业企业126家。\n"
            "五、2025年目标。规上工业增加值增长8%左右，新建5G基站2000个。")
    assert "inconsistent" not in verdicts(cross_reference, text, 2024)
    text = ("一、招商。实际利用外资2860万美元，增长14.4%。\n"
            "六、下半年打算。社会消费品零售总额力争增长6%，实际利用外资5000万美元以上。")
    assert "inconsistent" not in verdicts(cross_reference, text, 2022)
    # 讲话稿: （三）下一步计划： run in, in another register
    text = "（一）主要成绩：全年培训农民工3,260人。\n（三）下一步计划：培训农民工4,000人，转移就业2,000人。"
    assert "inconsistent" not in verdicts(cross_reference, text, 2020)
    # the broken twin: a run-in heading of results keeps the conflict
    text = ("一、工业发展。全年新建5G基站2860个，新增规上工业企业126家。\n"
            "五、主要成效。全年新建5G基站2680个，信息基础设施持续完善。")
    assert "inconsistent" in verdicts(cross_reference, text, 2024)


# ---------------------------------------------------------------- targets after a colon or in a quoted phrase
def test_targets_listed_after_a_colon_or_quoted_are_no_results():
    text = ("项目年度绩效目标为：完成日常养护里程620公里，实施安保工程45公里，改造危桥6座。\n"
            "（一）数量指标。全年完成日常养护里程635公里，实施安保工程47.5公里。")
    assert "inconsistent" not in verdicts(cross_reference, text, 2022)
    text = ("2016年，全市紧紧围绕“完成水利投资15亿元、农村自来水普及率达到85%”两大年度目标推进工作。\n"
            "一、饮水安全\n年末农村自来水普及率达到86.2%，比上年提高2.1个百分点。")
    assert "inconsistent" not in verdicts(cross_reference, text, 2016)
    # 实际 after the colon: a result, still compared
    text = ("年初下达的任务：新建泵站5座，实际新建泵站4座。\n二、水利建设\n全年全县实际新建泵站6座。")
    assert "inconsistent" in verdicts(cross_reference, text, 2020)
    # a quoted slogan that names no target: its figures are results
    text = "全县“新建泵站46座”工程全面完成。\n二、水利建设\n全年全县新建泵站62座。"
    assert "unverifiable" in verdicts(cross_reference, text, 2020)  # (46 / 62: no slip, far apart — shown, not an alarm)
    assert "inconsistent" in verdicts(cross_reference, text.replace("62座", "64座"), 2020)


# ---------------------------------------------------------------- a sentence led by an earlier year looks back
def test_sentence_led_by_the_year_before_holds_for_its_paragraph_only():
    text = ("清河市水利局2016年工作总结\n2016年，全市水利工作稳步推进。2015年，全市完成水利投资13.1亿元。\n"
            "一、水利投资\n全年完成水利投资15.8亿元，同比增长18.6%。")
    assert "inconsistent" not in verdicts(cross_reference, text, 2016)
    text = ("某县卫健委2018年工作总结\n全县共有医疗卫生机构386个。2017年，全县家庭医生签约人数为8.6万人。\n"
            "（三）签约服务。全年家庭医生签约人数达到10.2万人，比上年增长18.6%。")
    assert "inconsistent" not in verdicts(cross_reference, text, 2018)
    # a 工作报告 to a session reviews the year before: its lead year holds for the sections after it
    text = ("某县人民检察院工作报告\n2021年，全院共批准逮捕各类犯罪嫌疑人412人。\n"
            "五、自身建设\n一年来，全院批准逮捕472人。")
    assert "inconsistent" in verdicts(cross_reference, text, 2022)
