using System.Linq;
using System.Threading.Tasks;
using ParIndex.Cli.Tests.Commands;

namespace ParIndex.Cli.Tests.Rendering;

public class RankingTableTests
{
    [Fact]
    public async Task WithAnOverScoringPenaltyTheTableShowsTheIndexBeforeAndAfterThePenalty()
    {
        using var round = new TempRound();
        var criteria = round.File("t.yaml", """
            format: 1
            id: t
            name: T
            level: district
            max: 10
            precision: 2
            over_scoring_penalty: { threshold: 2, deduct: 1 }
            areas:
              - { code: "1", name: A, max: 10, rule: { kind: points } }
            """);
        var units = round.File("u.csv", "unit_id,unit_name,1\nP,Penalised,9\nQ,Honest,8\n");
        var appraisal = round.File("a.csv", "unit_id,code,points,reason\nP,1,6,thiếu tài liệu\n");

        var (code, output, error) = await TempRound.Run("score", units, "--criteria", criteria, "-a", appraisal);

        Assert.Equal("", error);
        Assert.Equal(0, code);
        var lines = output.Split('\n');
        Assert.Matches(@"^Rank\s+Unit\s+Name\s+Group\s+Self\s+Points\s+Survey\s+Max\s+Index\s+Penalty\s+Ranked index\s+Band$", lines.First(l => l.StartsWith("Rank", System.StringComparison.Ordinal)).TrimEnd());
        // P: self 9, appraised 6 (over by 3 ≥ 2): 1 point deducted, so 60.00 before and 50.00 after the penalty.
        Assert.Matches(@"^\s*2\s+P\s+Penalised\s+9\.00\s+5\.00\s+0\.00\s+10\.00\s+60\.00\s+-1\.00\s+50\.00$", lines.Single(l => l.Contains(" P ")).TrimEnd());
        Assert.Matches(@"^\s*1\s+Q\s+Honest\s+8\.00\s+8\.00\s+0\.00\s+10\.00\s+80\.00\s+80\.00$", lines.Single(l => l.Contains(" Q ")).TrimEnd());
        // Notes are wrapped to the width; the sentences are compared with their line breaks folded.
        var notes = System.Text.RegularExpressions.Regex.Replace(output, @"\s+", " ");
        Assert.Contains("Index = (Points + Penalty) ÷ Max × 100; Ranked index = Points ÷ Max × 100.", notes);
        Assert.Contains("Index is before the penalty, Ranked index after it.", notes);
    }

    [Fact]
    public async Task AUnitThatJoinsAGroupHasNoRankChangeAndTheTableSaysWhereItCameFrom()
    {
        using var round = new TempRound();
        var criteria = round.File("t.yaml", "format: 1\nid: t\nname: T\nlevel: district\nmax: 10\nareas:\n  - { code: \"1\", name: A, max: 10, rule: { kind: points } }\n");
        var units = round.File("u.csv", "unit_id,unit_name,group,1\nA,Joined,xa,8\nB,Stayed,xa,9\n");
        // Last round A had no group: group rank 1 among the units without one.
        var previous = round.File("prev.csv", "rank,unit_id,group,group_rank,index\n1,A,,1,80\n2,B,xa,1,70\n");

        var table = await TempRound.Run("score", units, "--criteria", criteria, "--previous", previous);
        var json = await TempRound.Run("score", units, "--criteria", criteria, "--previous", previous, "--format", "json");
        var rankCsv = await TempRound.Run("rank", units, "--criteria", criteria, "--previous", previous, "--format", "csv");

        Assert.Equal(0, table.Code);
        Assert.Matches(@"A\s+Joined\s+xa\s+.*\s+1\s+from \(no group\)", table.Out);
        var unitA = json.Out.Substring(json.Out.IndexOf("\"unit_id\": \"A\""));
        Assert.Contains("\"group_rank_change\": null", unitA.Substring(0, unitA.IndexOf("areas_led")));
        Assert.Contains("\nxa,2,2,A,Joined,80.00,,1,,", rankCsv.Out);
        Assert.Contains("\nxa,1,1,B,Stayed,90.00,,1,0,", rankCsv.Out);
    }

    [Fact]
    public async Task AUnitThatLeavesAGroupIsAMoveToo()
    {
        using var round = new TempRound();
        var criteria = round.File("t.yaml", "format: 1\nid: t\nname: T\nlevel: district\nmax: 10\nareas:\n  - { code: \"1\", name: A, max: 10, rule: { kind: points } }\n");
        var units = round.File("u.csv", "unit_id,unit_name,group,1\nA,Left,,8\nB,Stayed,xa,9\n");
        var previous = round.File("prev.csv", "rank,unit_id,group,group_rank,index\n1,A,xa,1,80\n2,B,xa,2,70\n");

        var rankCsv = await TempRound.Run("rank", units, "--criteria", criteria, "--previous", previous, "--format", "csv");
        var table = await TempRound.Run("score", units, "--criteria", criteria, "--previous", previous);

        Assert.Equal(0, rankCsv.Code);
        Assert.Contains("\n,1,2,A,Left,80.00,,1,,", rankCsv.Out);
        Assert.Matches(@"A\s+Left\s+.*\s+1\s+from xa", table.Out);
    }

    [Fact]
    public async Task AUnitThatHadNoGroupIsFromNoGroupInBothLanguages()
    {
        using var round = new TempRound();
        var criteria = round.File("t.yaml", "format: 1\nid: t\nname: T\nlevel: district\nmax: 10\nareas:\n  - { code: \"1\", name: A, max: 10, rule: { kind: points } }\n");
        var units = round.File("u.csv", "unit_id,unit_name,group,1\nA,Joined,xa,8\nB,Stayed,xa,9\n");
        var previous = round.File("prev.csv", "rank,unit_id,group,group_rank,index\n1,A,,1,80\n2,B,xa,1,70\n");

        var en = await TempRound.Run("rank", units, "--criteria", criteria, "--previous", previous, "--lang", "en");
        var vi = await TempRound.Run("rank", units, "--criteria", criteria, "--previous", previous, "--lang", "vi");

        Assert.Equal((0, 0), (en.Code, vi.Code));
        Assert.Matches(@"A\s+Joined\s+80\.00\s+from \(no group\)", en.Out);
        Assert.Matches(@"A\s+Joined\s+80\.00\s+từ \(không thuộc khối\)", vi.Out);
    }

    [Fact]
    public async Task TheRankTablesSpeakVietnamese()
    {
        using var round = new TempRound();
        var criteria = round.File("t.yaml", "format: 1\nid: t\nname: T\nlevel: district\nmax: 10\nareas:\n  - { code: \"1\", name: A, max: 10, rule: { kind: points } }\n");
        var units = round.File("u.csv", "unit_id,unit_name,group,1\nA,Một,xa,8\nB,Hai,xa,9\nC,Ba,,7\n");
        var appraisal = round.File("a.csv", "unit_id,code,points,reason\nA,1,6,thiếu tài liệu\n");

        var vi = await TempRound.Run("rank", units, "--criteria", criteria, "-a", appraisal, "--lang", "vi");

        Assert.Equal((0, ""), (vi.Code, vi.Err));
        var text = System.Text.RegularExpressions.Regex.Replace(vi.Out, @"\s+", " ");
        Assert.Contains("T (t) — 3 đơn vị Xếp hạng theo chỉ số như công bố; các đơn vị bằng chỉ số cùng hạng (1, 2, 2, 4).", text);
        Assert.Contains("Khối xa — 2 đơn vị Hạng Đơn vị Tên Chỉ số Xếp loại Điểm để lên hạng Vượt Điểm để lên xếp loại Dẫn đầu", text);
        Assert.Contains("Khối (không thuộc khối) — 1 đơn vị", text);
        Assert.Contains("Đơn vị dẫn đầu các chỉ số thành phần:", text);
        Assert.Contains("Phạm vi Số đơn vị TB tự chấm TB thẩm định TB chênh lệch Tự chấm cao Bị phạt", text);
        Assert.Contains("tất cả 3 8.00 7.33 0.67 1 0", text);
        Assert.Contains("Các tiêu chí bị hạ điểm nhiều nhất (1 tiêu chí đầu):", text);
        Assert.DoesNotContain("Rank", vi.Out);
        Assert.DoesNotContain("units", vi.Out);
    }
}
